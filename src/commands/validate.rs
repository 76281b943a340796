//! `powerbalance validate`: check questionnaire files, every problem with its location.

use super::read_questionnaire;
use crate::cli::ValidateArgs;
use crate::error::{EXIT_OK, Error};
use crate::output::{emit, one_line_safe, print_error};
use crate::settings::Colors;

pub(super) fn validate(args: &ValidateArgs, colors: Colors) -> Result<u8, Error> {
    let mut worst = EXIT_OK;
    let mut ok_lines = String::new();
    for path in &args.files {
        let name = path.display().to_string();
        let result = read_questionnaire(path, &name);
        match result {
            Ok(q) => {
                ok_lines.push_str(&format!(
                    "{}: ok ({} {}: {} dimensions, {} items, {} rules)\n",
                    one_line_safe(&name),
                    q.id,
                    one_line_safe(&q.version),
                    q.dimensions.len(),
                    q.items.len(),
                    q.rules.len()
                ));
            }
            Err(e) => {
                print_error(&e.lines(), colors.stderr);
                worst = worst.max(e.exit_code());
            }
        }
    }
    emit(None, &ok_lines, false)?;
    // An invalid questionnaire (78) outranks an unreadable file (1).
    Ok(worst)
}
