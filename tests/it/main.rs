//! The integration tests: one crate, a module per subject, each running the real
//! binary through `common` or reading the library's compiled dataset.

mod common;

mod check;
mod check_corpus;
mod check_rules;
mod cli;
mod data;
mod decide;
mod decide_tree_rules;
mod example;
mod facts;
mod generated;
mod golden;
mod headers;
mod help;
mod lookups;
mod methods;
mod msrv;
mod options;
mod pastes;
mod props;
mod readme;
mod real_servers;
mod runtimes;
mod search;
mod shells;
mod source_facts;
mod tty;
mod untrusted;
mod vendor;
mod widths;

// build.rs's own checks of data/decide, compiled here as build.rs compiles them
// so decide_tree_rules can run them.
#[allow(dead_code)]
#[path = "../../src/model.rs"]
mod model;

#[allow(dead_code)]
#[path = "../../build/decide.rs"]
mod decide_rules;

// build.rs's checks of the rest of data/, with what they read, for data.rs.
#[path = "../../build/validate.rs"]
mod validate;

#[path = "../../build/yaml.rs"]
mod yaml;

#[allow(dead_code)]
#[path = "../../src/normalise.rs"]
mod normalise;
