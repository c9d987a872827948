//! What a command prints: its text in pieces, some borrowed from the
//! dataset, written to stdout once by `main`.

use std::borrow::Cow;
use std::io::{IoSlice, Write};

/// Text to print, in pieces written one after another. Most answers are one
/// piece; a list of codes in JSON is mostly the records build.rs wrote,
/// printed from where they lie instead of copied into one string first
/// (half a megabyte for `list --all --json`).
#[derive(Debug, Default)]
pub struct Printout(Vec<Cow<'static, str>>);

impl Printout {
    /// Adds a piece at the end.
    pub fn push(&mut self, piece: impl Into<Cow<'static, str>>) {
        self.0.push(piece.into());
    }

    /// Adds a piece at the start.
    pub fn prepend(&mut self, piece: String) {
        self.0.insert(0, Cow::Owned(piece));
    }

    pub fn pieces(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|piece| &**piece)
    }

    /// Writes the pieces as they lie, in as few `writev` calls as it takes:
    /// the 226 pieces of `list --all --json` (half a megabyte of records
    /// build.rs wrote) go to the kernel in one call rather than being copied
    /// through a buffer first. A call may take only part (the kernel takes at
    /// most 1,024 pieces at once); the rest follows.
    pub fn write_to(&self, out: &mut impl Write) -> std::io::Result<()> {
        let mut slices: Vec<IoSlice> = self
            .pieces()
            .map(|piece| IoSlice::new(piece.as_bytes()))
            .collect();
        let mut left = &mut slices[..];
        // Leaves out empty pieces, whose write of nothing would read as an end.
        IoSlice::advance_slices(&mut left, 0);
        while !left.is_empty() {
            match out.write_vectored(left) {
                Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
                Ok(written) => IoSlice::advance_slices(&mut left, written),
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
                Err(err) => return Err(err),
            }
        }
        out.flush()
    }
}

impl From<&'static str> for Printout {
    fn from(text: &'static str) -> Self {
        Printout(vec![Cow::Borrowed(text)])
    }
}

impl From<String> for Printout {
    fn from(text: String) -> Self {
        Printout(vec![Cow::Owned(text)])
    }
}

#[cfg(test)]
mod tests {
    use super::Printout;

    /// A writer that takes at most five bytes a call, from as many pieces as
    /// those bytes span, and is interrupted once: what a kernel may do.
    struct Trickle {
        got: Vec<u8>,
        interrupted: bool,
    }

    impl std::io::Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.write_vectored(&[std::io::IoSlice::new(buf)])
        }

        fn write_vectored(&mut self, bufs: &[std::io::IoSlice<'_>]) -> std::io::Result<usize> {
            if !self.interrupted {
                self.interrupted = true;
                return Err(std::io::ErrorKind::Interrupted.into());
            }
            let before = self.got.len();
            for buf in bufs {
                let room = 5 - (self.got.len() - before);
                self.got.extend_from_slice(&buf[..buf.len().min(room)]);
            }
            Ok(self.got.len() - before)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn every_piece_is_written_in_order_when_writes_take_part() {
        let mut text = Printout::from("");
        for piece in [
            "[",
            "\n  ",
            "",
            "{\"code\": 100}",
            ",\n  ",
            "{\"code\": 101}",
            "\n]\n",
        ] {
            text.push(piece);
        }
        let mut out = Trickle {
            got: Vec::new(),
            interrupted: false,
        };
        text.write_to(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out.got).unwrap(),
            "[\n  {\"code\": 100},\n  {\"code\": 101}\n]\n"
        );
        // Nothing to print is no failed write.
        let mut out = Trickle {
            got: Vec::new(),
            interrupted: true,
        };
        Printout::from("").write_to(&mut out).unwrap();
        assert!(out.got.is_empty());
    }
}
