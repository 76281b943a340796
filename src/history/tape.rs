//! Records kept in order: in memory while they are few, past that in an unnamed temporary
//! file; read back in order as often as asked, and sorted by merging sorted runs (an external
//! sort), so that a history of many files holds a bounded amount of them at once.
//!
//! The file is `tempfile::tempfile()`: it has no name (`O_TMPFILE`, or else a random name
//! unlinked at once), so nothing can open it by name, and it is gone when the run ends,
//! however it ends.

use std::cmp::Ordering;
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;

/// A record as a tape holds it: written into bytes and read back from them.
pub trait Record: Sized {
    /// Appends the record's bytes.
    fn put(&self, out: &mut Vec<u8>);
    /// The record again; `None` where the bytes are not one (a file changed under us).
    fn take(bytes: &[u8]) -> Option<Self>;
}

/// Bytes a tape holds in memory before it makes its file.
const HOLD: usize = 256 << 10;
/// Bytes gathered before they are written to the file, and read from it at a time.
const CHUNK: usize = 64 << 10;
/// Read from the file at a time by each run being merged.
const MERGE_CHUNK: usize = 8 << 10;
/// Records sorted in memory at a time: the runs an external sort merges.
const RUN: usize = 8 << 10;

/// Records, each its length (a little-endian `u32`) and its bytes, in the order pushed.
#[derive(Debug)]
pub struct Tape {
    /// Records not yet in the file: every record, while there is no file.
    buf: Vec<u8>,
    file: Option<File>,
    /// Bytes in the file.
    written: u64,
    len: usize,
    /// Bytes held in memory before a file is made.
    hold: usize,
}

impl Default for Tape {
    fn default() -> Self {
        Sizes::default().tape()
    }
}

impl Tape {
    /// A tape that holds up to `hold` bytes in memory, and past that makes its file.
    pub fn holding(hold: usize) -> Self {
        Tape {
            buf: Vec::new(),
            file: None,
            written: 0,
            len: 0,
            hold,
        }
    }

    /// How many records.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether the records went to a file.
    #[cfg(test)]
    pub fn spilled(&self) -> bool {
        self.file.is_some()
    }

    /// Every record, in order (for the tests).
    #[cfg(test)]
    pub fn records<R: Record>(&self) -> io::Result<Vec<R>> {
        let mut reader = self.reader();
        let mut out = Vec::new();
        while let Some(r) = reader.next()? {
            out.push(r);
        }
        Ok(out)
    }

    /// The file the records went to, if they did.
    #[cfg(test)]
    pub fn file(&self) -> Option<&File> {
        self.file.as_ref()
    }

    /// Where the next record will start.
    fn end(&self) -> u64 {
        self.written + self.buf.len() as u64
    }

    /// Adds a record at the end.
    pub fn push<R: Record>(&mut self, record: &R) -> io::Result<()> {
        let at = self.buf.len();
        self.buf.extend_from_slice(&[0; 4]);
        record.put(&mut self.buf);
        let n = u32::try_from(self.buf.len() - at - 4)
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "record too long"))?;
        self.buf[at..at + 4].copy_from_slice(&n.to_le_bytes());
        self.len += 1;
        if self.file.is_none() && self.buf.len() > self.hold {
            self.file = Some(tempfile::tempfile()?);
        }
        if self.file.is_some() && self.buf.len() >= CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes what is gathered to the file (where there is one).
    fn flush(&mut self) -> io::Result<()> {
        if let Some(file) = &self.file {
            file.write_all_at(&self.buf, self.written)?;
            self.written += self.buf.len() as u64;
            self.buf.clear();
            // What was held before the file was made is not held again.
            self.buf.shrink_to(2 * CHUNK);
        }
        Ok(())
    }

    /// Writes what is gathered to the file, where there is one: a tape is read the faster
    /// for it, and a failure to write is told here rather than when it is read.
    pub fn seal(&mut self) -> io::Result<()> {
        self.flush()
    }

    /// Reads the records from the first, in order.
    pub fn reader(&self) -> Reader<'_> {
        self.reader_from(0, self.len, CHUNK)
    }

    /// Reads `count` records from byte `at`, `chunk` bytes at a time.
    fn reader_from(&self, at: u64, count: usize, chunk: usize) -> Reader<'_> {
        Reader {
            tape: self,
            at,
            buf: Vec::with_capacity(chunk.min(self.end() as usize)),
            start: 0,
            chunk,
            left: count,
        }
    }
}

/// Reads a [`Tape`]'s records in order.
pub struct Reader<'a> {
    tape: &'a Tape,
    /// Where the next bytes to read into `buf` are.
    at: u64,
    buf: Vec<u8>,
    /// Where the next record is in `buf`.
    start: usize,
    chunk: usize,
    /// Records not yet read.
    left: usize,
}

fn corrupt() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "a temporary file did not read back as it was written",
    )
}

impl Reader<'_> {
    /// The next record, `None` after the last.
    #[allow(clippy::should_implement_trait)]
    pub fn next<R: Record>(&mut self) -> io::Result<Option<R>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.fill(4)?;
        let head: [u8; 4] = self.buf[self.start..self.start + 4]
            .try_into()
            .map_err(|_| corrupt())?;
        let n = u32::from_le_bytes(head) as usize;
        self.fill(4 + n)?;
        let record = R::take(&self.buf[self.start + 4..self.start + 4 + n]).ok_or_else(corrupt)?;
        self.start += 4 + n;
        self.left -= 1;
        Ok(Some(record))
    }

    /// Makes `need` bytes from `start` be in `buf`.
    fn fill(&mut self, need: usize) -> io::Result<()> {
        if self.buf.len() - self.start >= need {
            return Ok(());
        }
        self.buf.drain(..self.start);
        self.start = 0;
        let want = need.max(self.chunk).max(self.buf.len()) - self.buf.len();
        let end = self.tape.end();
        let take = (want as u64).min(end.saturating_sub(self.at)) as usize;
        let have = self.buf.len();
        self.buf.resize(have + take, 0);
        // The bytes in the file, then those still gathered in memory (from `written` on).
        let written = self.tape.written;
        let mut filled = have;
        if let Some(file) = &self.tape.file
            && self.at < written
        {
            let n = ((written - self.at) as usize).min(take);
            file.read_exact_at(&mut self.buf[have..have + n], self.at)?;
            filled += n;
        }
        if filled < have + take {
            let from = (self.at + (filled - have) as u64 - written) as usize;
            let n = have + take - filled;
            self.buf[filled..].copy_from_slice(&self.tape.buf[from..from + n]);
        }
        self.at += take as u64;
        if self.buf.len() < need {
            return Err(corrupt());
        }
        Ok(())
    }
}

/// How much of a history of many files is held in memory at once: records sorted at a time
/// ([`RUN`]), bytes a tape holds before it makes its file ([`HOLD`]), and sittings whose
/// scores are held before they go to a file (`history::SPILL_PAST`). The tests make them
/// small, so that a history of a few files takes every path one of many takes.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    pub run: usize,
    pub hold: usize,
    pub scores_past: usize,
}

impl Default for Sizes {
    /// What a history holds of its files and sittings in memory, at most.
    fn default() -> Self {
        Sizes {
            run: RUN,
            hold: HOLD,
            scores_past: crate::history::SPILL_PAST,
        }
    }
}

impl Sizes {
    /// A new tape.
    pub fn tape(&self) -> Tape {
        Tape::holding(self.hold)
    }

    /// The records of `tape` sorted by `cmp` (stable: records that compare equal stay in the
    /// order they were in), in a new tape: `run` records (one at least) at a time are sorted
    /// in memory and, where there is more than one run, merged.
    pub fn sort<R: Record>(
        &self,
        tape: &Tape,
        cmp: impl Fn(&R, &R) -> Ordering,
    ) -> io::Result<Tape> {
        let run = self.run.max(1);
        let mut input = tape.reader();
        let mut runs = self.tape();
        // Where each run starts in `runs`, and how many records it has.
        let mut starts: Vec<(u64, usize)> = Vec::new();
        let mut held: Vec<R> = Vec::with_capacity(run.min(tape.len()));
        loop {
            held.clear();
            while held.len() < run {
                match input.next::<R>()? {
                    Some(r) => held.push(r),
                    None => break,
                }
            }
            if held.is_empty() {
                break;
            }
            held.sort_by(&cmp);
            starts.push((runs.end(), held.len()));
            for r in &held {
                runs.push(r)?;
            }
            if held.len() < run {
                break;
            }
        }
        drop(held);
        runs.seal()?;
        if starts.len() <= 1 {
            return Ok(runs);
        }
        // The runs merged: each one's next record, the least first, the earlier run first of
        // equal ones (so the sort stays stable).
        let mut readers: Vec<Reader<'_>> = starts
            .iter()
            .map(|&(at, count)| runs.reader_from(at, count, MERGE_CHUNK))
            .collect();
        let mut heads: Vec<Option<R>> = Vec::with_capacity(readers.len());
        for reader in &mut readers {
            heads.push(reader.next()?);
        }
        let before = |heads: &[Option<R>], a: usize, b: usize| match (&heads[a], &heads[b]) {
            (Some(x), Some(y)) => cmp(x, y).then(a.cmp(&b)) == Ordering::Less,
            (Some(_), None) => true,
            _ => false,
        };
        // A binary heap of run numbers, the run whose head comes first on top.
        let mut heap: Vec<usize> = (0..readers.len()).collect();
        for i in (0..heap.len() / 2).rev() {
            sift_down(&mut heap, i, |a, b| before(&heads, a, b));
        }
        let mut out = self.tape();
        while let Some(&top) = heap.first() {
            let Some(record) = heads[top].take() else {
                break;
            };
            out.push(&record)?;
            heads[top] = readers[top].next()?;
            sift_down(&mut heap, 0, |a, b| before(&heads, a, b));
        }
        drop(readers);
        drop(runs);
        out.seal()?;
        Ok(out)
    }
}

/// Moves `heap[i]` down until neither child comes `before` it.
fn sift_down(heap: &mut [usize], mut i: usize, before: impl Fn(usize, usize) -> bool) {
    loop {
        let (l, r) = (2 * i + 1, 2 * i + 2);
        let mut first = i;
        if l < heap.len() && before(heap[l], heap[first]) {
            first = l;
        }
        if r < heap.len() && before(heap[r], heap[first]) {
            first = r;
        }
        if first == i {
            return;
        }
        heap.swap(i, first);
        i = first;
    }
}

/// A bit for each of `n` things: a few bits a file, where a tape holds the rest.
#[derive(Debug, Default, Clone)]
pub struct Bits(Vec<u64>);

impl Bits {
    /// `n` bits, none set.
    pub fn new(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }

    pub fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    pub fn get(&self, i: usize) -> bool {
        self.0[i / 64] >> (i % 64) & 1 == 1
    }
}

/// Writing and reading a record's fields, little-endian, in order.
pub struct Fields<'a>(pub &'a [u8]);

impl Fields<'_> {
    pub fn u8(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }

    pub fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.bytes(4)?.try_into().ok()?))
    }

    pub fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.bytes(8)?.try_into().ok()?))
    }

    pub fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.bytes(8)?.try_into().ok()?))
    }

    /// `n` bytes.
    pub fn bytes(&mut self, n: usize) -> Option<&[u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    /// Bytes written by [`put_bytes`]: their length, then them.
    pub fn sized(&mut self) -> Option<Vec<u8>> {
        let n = self.u32()? as usize;
        Some(self.bytes(n)?.to_vec())
    }

    /// A text written by [`put_bytes`].
    pub fn text(&mut self) -> Option<String> {
        String::from_utf8(self.sized()?).ok()
    }

    /// Whether every byte was read.
    pub fn done(&self) -> bool {
        self.0.is_empty()
    }
}

/// Appends `bytes` with their length before them (at most `u32::MAX` of them: a path or a
/// name is far shorter).
pub fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(bytes);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key and where it was pushed, so that stability can be seen.
    #[derive(Debug, Clone, PartialEq)]
    struct Item {
        key: u32,
        at: u32,
        text: String,
    }

    impl Record for Item {
        fn put(&self, out: &mut Vec<u8>) {
            out.extend_from_slice(&self.key.to_le_bytes());
            out.extend_from_slice(&self.at.to_le_bytes());
            put_bytes(out, self.text.as_bytes());
        }

        fn take(bytes: &[u8]) -> Option<Self> {
            let mut f = Fields(bytes);
            let item = Item {
                key: f.u32()?,
                at: f.u32()?,
                text: f.text()?,
            };
            f.done().then_some(item)
        }
    }

    fn items(keys: &[u32]) -> Vec<Item> {
        keys.iter()
            .enumerate()
            .map(|(at, &key)| Item {
                key,
                at: at as u32,
                // Of many lengths, so records cross the chunks read.
                text: "x".repeat((key as usize * 7 + at) % 300),
            })
            .collect()
    }

    fn tape_of(items: &[Item], hold: usize) -> Tape {
        let mut tape = Tape::holding(hold);
        for item in items {
            tape.push(item).unwrap();
        }
        tape.seal().unwrap();
        tape
    }

    fn read_all(tape: &Tape) -> Vec<Item> {
        tape.records().unwrap()
    }

    #[test]
    fn records_come_back_in_order_from_memory_and_from_the_file() {
        let keys: Vec<u32> = (0..5000).map(|i| (i * 7919) % 1000).collect();
        let items = items(&keys);
        for hold in [usize::MAX, 0, 1000] {
            let tape = tape_of(&items, hold);
            assert_eq!(tape.spilled(), hold != usize::MAX, "hold {hold}");
            assert_eq!(tape.len(), items.len());
            // Read twice: a tape is read as often as asked.
            assert_eq!(read_all(&tape), items, "hold {hold}");
            assert_eq!(read_all(&tape), items, "hold {hold}, again");
        }
        // Read before it is sealed: the tail still gathered in memory comes back too.
        let mut unsealed = Tape::holding(1000);
        for item in &items {
            unsealed.push(item).unwrap();
        }
        assert!(unsealed.spilled() && !unsealed.buf.is_empty());
        assert_eq!(read_all(&unsealed), items);
    }

    proptest::proptest! {
        #[test]
        fn an_external_sort_is_the_stable_sort_of_memory(
            keys in proptest::collection::vec(0u32..20, 0..300),
            run in 1usize..40,
            hold in proptest::sample::select(vec![0usize, 500, usize::MAX]),
        ) {
            let items = items(&keys);
            let mut want = items.clone();
            want.sort_by_key(|i| i.key);
            let tape = tape_of(&items, hold);
            let sizes = Sizes { run, hold, scores_past: 0 };
            let sorted = sizes.sort(&tape, |a: &Item, b: &Item| a.key.cmp(&b.key)).unwrap();
            proptest::prop_assert_eq!(read_all(&sorted), want);
        }
    }

    #[test]
    fn a_file_that_does_not_read_back_is_an_error_not_a_panic() {
        let mut tape = tape_of(&items(&[1, 2, 3]), 0);
        // Cut short under the reader: a record's bytes are missing.
        tape.file.as_ref().unwrap().set_len(10).unwrap();
        tape.written = 10;
        let mut reader = tape.reader();
        assert!(reader.next::<Item>().is_err());
        // Bytes that are not a record.
        let tape = tape_of(&items(&[1]), 0);
        tape.file
            .as_ref()
            .unwrap()
            .write_all_at(&[0, 0, 0, 0], 0)
            .unwrap();
        assert!(tape.reader().next::<Item>().is_err());
    }

    #[test]
    fn bits_are_set_one_at_a_time() {
        let mut bits = Bits::new(130);
        for i in [0, 63, 64, 129] {
            bits.set(i);
        }
        let set: Vec<usize> = (0..130).filter(|&i| bits.get(i)).collect();
        assert_eq!(set, [0, 63, 64, 129]);
    }
}
