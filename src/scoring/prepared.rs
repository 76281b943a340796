//! What every report of one questionnaire shares, made once: ids with their JSON forms, the
//! rules' fixed text, the layout. A batch scores a million answer sets against one
//! [`Prepared`]; a single report makes one and drops it.

use std::sync::Arc;

use super::rules::Template;
use crate::jsonl::{Keyed, Keys, Text};
use crate::model::Layout;
use crate::questionnaire::{About, DimensionKind, Instrument, Questionnaire, Target};

/// A questionnaire's shared report parts, for [`Prepared::score`](Prepared::score).
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub(super) instrument: Arc<Instrument>,
    /// What a report shows (SPEC §6), and its CSV columns: `[one person's own report (every
    /// dimension; public columns), a joint report (public dimensions and columns), with
    /// --show-private (every dimension and column)]`. A CSV has private columns only with
    /// `--show-private`, so its columns depend on the flags alone, never on the data.
    pub(super) shown: [Shown; 3],
    pub(super) groups: Arc<Keys>,
    pub(super) dimension_ids: Vec<Text>,
    pub(super) group_ids: Vec<Text>,
    pub(super) power_index: Text,
    pub(super) balance_index: Text,
    pub(super) rules: Vec<RuleText>,
    pub(super) resources: Option<Text>,
    /// The `about = "both"` items, with their ids, for the decisions side by side.
    pub(super) both_items: Vec<(usize, Text)>,
}

/// The dimensions a report shows, their keys and the layout that goes with them.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Shown {
    pub(super) dimensions: Vec<usize>,
    pub(super) keys: Arc<Keys>,
    pub(super) layout: Arc<Layout>,
}

impl Shown {
    /// Per-dimension values as a report shows them: moved as they are when every dimension
    /// is shown, else without the ones left out.
    pub(super) fn keyed<V: Copy>(&self, values: Vec<V>) -> Keyed<V> {
        let shown = if self.dimensions.len() == values.len() {
            values
        } else {
            self.dimensions.iter().map(|&d| values[d]).collect()
        };
        Keyed::new(self.keys.clone(), shown)
    }
}

/// A rule's fixed text.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RuleText {
    pub(super) id: Text,
    pub(super) message: Template,
    pub(super) prompt: Option<Text>,
    pub(super) basis: Option<Text>,
}

impl Prepared {
    /// Prepares `q` for scoring.
    pub fn new(q: &Questionnaire) -> Self {
        let shown = |joint: bool, private_columns: bool| {
            let dimensions: Vec<usize> = (0..q.dimensions.len())
                .filter(|&d| q.dimensions[d].kind != DimensionKind::Context)
                .filter(|&d| !(joint && q.dimensions[d].private))
                .collect();
            Shown {
                keys: Keys::new(dimensions.iter().map(|&d| q.dimensions[d].id.as_str())),
                layout: Arc::new(Layout::new(q, &dimensions, private_columns)),
                dimensions,
            }
        };
        let text = |s: &Option<String>| s.as_deref().map(Text::new);
        Prepared {
            instrument: Arc::new(Instrument::of(q)),
            shown: [shown(false, false), shown(true, false), shown(false, true)],
            groups: Keys::new(q.groups.iter().map(String::as_str)),
            dimension_ids: q.dimensions.iter().map(|d| Text::new(&d.id)).collect(),
            group_ids: q.groups.iter().map(|g| Text::new(g)).collect(),
            power_index: Text::new(q.target_id(Target::PowerIndex)),
            balance_index: Text::new(q.target_id(Target::BalanceIndex)),
            rules: q
                .rules
                .iter()
                .map(|r| RuleText {
                    id: Text::new(&r.id),
                    message: Template::new(&r.message, r.kind.placeholders()),
                    prompt: text(&r.prompt),
                    basis: text(&r.basis),
                })
                .collect(),
            resources: text(&q.resources),
            both_items: q
                .items
                .iter()
                .enumerate()
                .filter(|(_, i)| i.about == About::Both)
                .map(|(n, i)| (n, Text::new(&i.id)))
                .collect(),
        }
    }

    /// Whether this was prepared from `q` (the same id and file).
    pub fn is_for(&self, q: &Questionnaire) -> bool {
        self.instrument.is_of(q)
    }

    /// The id a target is reported under (as [`Questionnaire::target_id`]).
    pub(super) fn target(&self, target: Target) -> &Text {
        match target {
            Target::Dimension(d) => &self.dimension_ids[d],
            Target::Group(g) => &self.group_ids[g],
            Target::PowerIndex => &self.power_index,
            Target::BalanceIndex => &self.balance_index,
        }
    }
}
