//! What any clap program does on every call: parse its arguments and print an
//! answer (4 KB). httpcode's start-up is measured against this.

use std::io::Write;

use clap::Parser;

#[derive(Parser)]
#[command(version, about = "A bare clap binary")]
struct Cli {
    /// Words, as httpcode takes them.
    query: Vec<String>,
    #[arg(long)]
    json: bool,
    #[arg(long, value_name = "WHEN")]
    color: Option<String>,
}

fn main() {
    let cli = Cli::parse();
    let line = format!(
        "{:<79}\n",
        cli.query.join(" ") + if cli.json { " json" } else { "" }
    );
    let mut out = std::io::stdout().lock();
    for _ in 0..4096 / line.len() {
        let _ = out.write_all(line.as_bytes());
    }
}
