//! The `powerbalance` binary: all of it lives in the library.

fn main() -> std::process::ExitCode {
    powerbalance::main()
}
