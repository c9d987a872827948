//! `--vendor NAME`: a card or a list narrowed to one vendor's meanings, vendor
//! names in any case, and the errors for a vendor that is unknown (usage, 2)
//! or that gives the code no meaning (not found, 1).

use serde_json::Value;

use crate::common::{json, run};

fn vendor_names(code: &Value) -> Vec<String> {
    code["vendors"]
        .as_array()
        .expect("vendors")
        .iter()
        .map(|v| v["name"].as_str().expect("name").to_owned())
        .collect()
}

#[test]
fn list_narrows_to_one_vendor_in_any_case() {
    for name in ["cloudflare", "CLOUDFLARE", "Cloudflare"] {
        let v = json(&["list", "--vendor", name, "--json"]);
        let codes: Vec<u64> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["code"].as_u64().unwrap())
            .collect();
        assert_eq!(codes, [520, 521, 522, 523, 524, 525, 526, 530], "{name}");
        for code in v.as_array().unwrap() {
            assert_eq!(vendor_names(code), ["Cloudflare"], "{}", code["code"]);
        }
    }
    // Registered codes that a vendor gives a meaning to are listed too.
    let v = json(&["list", "--vendor", "iis", "--json"]);
    assert!(v.as_array().unwrap().iter().any(|c| c["code"] == 451));
    // The option also works before the subcommand, and with a class.
    let v = json(&["--vendor", "edgio", "list", "5xx", "--json"]);
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .all(|c| vendor_names(c).iter().all(|n| n.starts_with("Edgio"))));
}

#[test]
fn a_card_keeps_only_that_vendors_meanings() {
    let v = json(&["499", "--vendor", "NGINX", "--json"]);
    assert_eq!(vendor_names(&v), ["nginx"]);
    let (code, text, _) = run(&["499", "--vendor", "nginx"]);
    assert_eq!(code, 0);
    assert!(text.starts_with("499 Client Closed Request  [unofficial: nginx]\n"));
    assert!(
        text.contains("  nginx: \"Client Closed Request\"\n"),
        "{text}"
    );
    assert!(!text.contains("Esri ArcGIS: \"Token Required\""), "{text}");
    // Narrowed to its second vendor, an unofficial code takes that vendor's phrase.
    let (_, text, _) = run(&["530", "--vendor", "edgio"]);
    assert!(text.starts_with("530 Internal Edgio Error  [unofficial: Edgio]\n"));
}

#[test]
fn an_unknown_vendor_is_a_usage_error_that_lists_the_known_ones() {
    let (code, stdout, stderr) = run(&["list", "--vendor", "cloudflair"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.starts_with("httpcode: error: unknown vendor: \"cloudflair\"\n"));
    assert!(stderr.contains("did you mean Cloudflare?"), "{stderr}");
    assert!(stderr.contains("known vendors: "), "{stderr}");
    assert!(
        stderr.contains("nginx") && stderr.contains("Edgio"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&["499", "--vendor", "zzz"]);
    assert_eq!(code, 2);
    assert!(!stderr.contains("did you mean"), "{stderr}");
}

#[test]
fn a_vendor_without_a_meaning_for_the_code_is_not_found() {
    let (code, stdout, stderr) = run(&["520", "--vendor", "nginx"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("520's meanings come from: Cloudflare"),
        "{stderr}"
    );
    let (code, _, _) = run(&["list", "1xx", "--vendor", "nginx"]);
    assert_eq!(code, 1);
}

#[test]
fn vendor_does_not_apply_to_other_commands() {
    let (code, _, stderr) = run(&["--vendor", "nginx", "compare", "405", "501"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--vendor narrows a card or `list`"),
        "{stderr}"
    );
}
