//! Golden transcripts: what a user sees, byte for byte, for the cases in
//! `tests/cmd/`. Output goes to a pipe, so it is plain (no colour, width 80).
//! Regenerate after an intended change with `TRYCMD=overwrite cargo test --test golden`.

#[test]
fn transcripts() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml")
        .case("tests/cmd/*.md");
}
