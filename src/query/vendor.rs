//! `--vendor NAME`: which vendors' meanings of a code to keep.

use crate::data;
use crate::error::Error;
use crate::model::StatusCode;
use crate::normalise::normalise;

/// `--vendor NAME`: which vendors' meanings to keep. NAME matches a vendor
/// whose name holds its words as whole words, in order and ignoring case, so
/// "cloudflare", "aws" and "akamai" (Linode (Akamai)) all pick their vendor.
#[derive(Debug, Clone)]
pub struct VendorFilter {
    /// As the user typed it, for messages.
    pub name: String,
    words: String,
}

impl VendorFilter {
    pub fn matches(&self, vendor: &str) -> bool {
        format!(" {} ", normalise(vendor)).contains(&format!(" {} ", self.words))
    }

    /// The record with only this vendor's meanings; `None` if it has none.
    pub fn narrow(&self, code: &StatusCode) -> Option<StatusCode> {
        let vendors: Vec<_> = code
            .vendors
            .iter()
            .filter(|v| self.matches(&v.name))
            .cloned()
            .collect();
        if vendors.is_empty() {
            return None;
        }
        let mut narrowed = code.clone();
        // An unofficial code's name and summary are its first vendor's; when
        // that vendor is filtered out, the card is titled with the kept one's.
        let primary = code.vendors.first().map(|v| v.name.clone());
        if !code.official() && primary.as_ref() != Some(&vendors[0].name) {
            let kept = &vendors[0];
            let mut aliases = code.aliases.to_vec();
            aliases.insert(0, code.name.clone());
            narrowed.aliases = aliases.into();
            narrowed.name = kept.phrase.clone();
            narrowed.summary = format!(
                "{}'s meaning of {}; elsewhere it is {} ({})",
                kept.name,
                code.code,
                code.name,
                primary.unwrap_or_default()
            )
            .into();
        }
        narrowed.vendors = vendors.into();
        Some(narrowed)
    }
}

/// Every vendor name in the dataset, sorted and without repeats.
pub fn vendor_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = data::codes()
        .iter()
        .flat_map(|c| c.vendors.iter().map(|v| v.name.as_ref()))
        .collect();
    names.sort_by_key(|n| n.to_lowercase());
    names.dedup();
    names
}

/// Reads `--vendor NAME`; a name that picks no vendor is a usage error that
/// lists the known ones and the closest.
pub fn vendor(name: &str) -> Result<VendorFilter, Error> {
    let filter = VendorFilter {
        name: name.to_string(),
        words: normalise(name),
    };
    let known = vendor_names();
    if !filter.words.is_empty() && known.iter().any(|k| filter.matches(k)) {
        return Ok(filter);
    }
    let suggestion = known
        .iter()
        .map(|k| {
            let score = strsim::normalized_damerau_levenshtein(&filter.words, &normalise(k));
            (score, *k)
        })
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k);
    Err(Error::UnknownVendor {
        name: name.to_string(),
        suggestion,
        known,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendor_names_match_whole_words_in_any_case() {
        let cloudflare = vendor("CloudFlare").unwrap();
        assert!(cloudflare.matches("Cloudflare"));
        assert!(!cloudflare.matches("Edgio"));
        assert!(vendor("akamai").unwrap().matches("Linode (Akamai)"));
        assert!(vendor("ngin").is_err());
        assert!(vendor("").is_err());
    }
}
