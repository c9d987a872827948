//! The binary's code layout on Linux: the C runtime's start-up code and the
//! functions the common commands run come first in `.text` (build/hot-text.ld,
//! passed to the linker by build.rs), so that a lookup maps few pages of the
//! binary. Reads the ELF symbol table of the built binary directly; no
//! binutils needed.
#![cfg(target_os = "linux")]

use std::collections::HashMap;

/// Every function symbol of an ELF64 little-endian file, by name: its address.
fn function_addresses(elf: &[u8]) -> HashMap<String, u64> {
    let u16_at = |at: usize| u16::from_le_bytes(elf[at..at + 2].try_into().unwrap());
    let u32_at = |at: usize| u32::from_le_bytes(elf[at..at + 4].try_into().unwrap());
    let u64_at = |at: usize| u64::from_le_bytes(elf[at..at + 8].try_into().unwrap());
    assert_eq!(&elf[..6], b"\x7fELF\x02\x01", "an ELF64 little-endian file");
    let section_table = u64_at(0x28) as usize;
    let entry_size = u16_at(0x3a) as usize;
    let sections = u16_at(0x3c) as usize;
    let header = |index: usize| section_table + index * entry_size;
    let mut found = HashMap::new();
    for index in 0..sections {
        // SHT_SYMTAB; its sh_link names the string table of its names.
        if u32_at(header(index) + 4) != 2 {
            continue;
        }
        let offset = u64_at(header(index) + 0x18) as usize;
        let size = u64_at(header(index) + 0x20) as usize;
        let strings = u64_at(header(u32_at(header(index) + 0x28) as usize) + 0x18) as usize;
        for symbol in (offset..offset + size).step_by(24) {
            // STT_FUNC in the low bits of st_info.
            if elf[symbol + 4] & 0xf != 2 {
                continue;
            }
            let name_at = strings + u32_at(symbol) as usize;
            let end = elf[name_at..].iter().position(|&b| b == 0).unwrap();
            let name = String::from_utf8_lossy(&elf[name_at..name_at + end]).into_owned();
            found.insert(name, u64_at(symbol + 8));
        }
    }
    found
}

#[test]
fn the_functions_every_command_runs_come_before_the_rest_of_the_code() {
    let elf = std::fs::read(env!("CARGO_BIN_EXE_httpcode")).expect("the built binary");
    let functions = function_addresses(&elf);
    let starting = |prefix: &str| -> Vec<(&String, u64)> {
        functions
            .iter()
            .filter(|(name, _)| name.starts_with(prefix))
            .map(|(name, &address)| (name, address))
            .collect()
    };
    let mut hot = Vec::new();
    for prefix in [
        "_start",
        "main",
        "_ZN8httpcode3app3run17h",
        "_ZN8httpcode6render4card6render17h",
        "_ZN12clap_builder6parser6parser6Parser16get_matches_with17h",
    ] {
        let found = starting(prefix);
        assert!(!found.is_empty(), "no function {prefix}…");
        hot.extend(found);
    }
    // The interactive prompt of `decide` is code no everyday command runs. In
    // the linker's default layout it sits among the functions above.
    let cold = starting("_ZN7inquire");
    assert!(!cold.is_empty(), "no function of inquire");
    let (first_cold, first_cold_at) = cold.iter().min_by_key(|(_, at)| *at).unwrap();
    for (name, address) in hot {
        assert!(
            address < *first_cold_at,
            "{name} at {address:#x} is after {first_cold} at {first_cold_at:#x}: \
             is build/hot-text.ld linked?"
        );
    }
}
