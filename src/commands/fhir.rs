//! `powerbalance fhir questionnaire|response`: FHIR R4 resources (SPEC §10).

use super::{load_questionnaire, read_input};
use crate::answers::{self, AnswersError};
use crate::cli::{FhirArgs, FhirResource};
use crate::error::{EXIT_OK, Error};
use crate::output::emit;

pub(super) fn fhir(args: &FhirArgs) -> Result<u8, Error> {
    let (resource, output, force) = match &args.resource {
        FhirResource::Questionnaire(a) => {
            let q = load_questionnaire(&a.questionnaire)?;
            (crate::fhir::questionnaire(&q), &a.output, a.force)
        }
        FhirResource::Response(a) => {
            let (name, bytes) = read_input(&a.file)?;
            if crate::fhir::is_resource(&bytes) {
                return Err(AnswersError::new(&name, crate::ui!("cmd-fhir-already-fhir")).into());
            }
            let sets = answers::parse_file(&name, &bytes)?;
            let [set] = sets.as_slice() else {
                return Err(AnswersError::new(&name, crate::ui!("cmd-fhir-two-people")).into());
            };
            let q = match &a.questionnaire {
                Some(spec) => load_questionnaire(spec)?,
                None => answers::named_questionnaire(set, &name)?.load()?,
            };
            let responses = set.check(&q, &name)?;
            (crate::fhir::response(&q, &responses), &a.output, a.force)
        }
    };
    emit(output.as_deref(), &resource, force)?;
    Ok(EXIT_OK)
}
