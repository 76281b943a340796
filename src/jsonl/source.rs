//! An input that says when it has nothing to give yet, so that a batch hands on the reports
//! it holds before it waits: a program that writes one line and reads its report before
//! writing the next (or a person typing at a terminal) gets each report as soon as it is made,
//! instead of waiting for ever on output held for a fuller write.

use std::io::{self, Read};
use std::os::fd::AsFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec, poll};

/// A pipe, terminal or socket read through [`Read`]: a read that would wait fails once with
/// [`io::ErrorKind::WouldBlock`], and the same read tried again waits (also where the
/// descriptor was left non-blocking by whoever started us, which would otherwise fail every
/// read that finds nothing). A regular file never waits, so it needs none of this.
#[derive(Debug)]
pub struct SaysWhenWaiting<R> {
    inner: R,
    /// The last read failed to say it would wait: this one waits.
    said: bool,
    give_up: GiveUp,
}

impl<R> SaysWhenWaiting<R> {
    /// `inner`, whose waiting read ends once `give_up` is told.
    pub fn new(inner: R, give_up: GiveUp) -> Self {
        SaysWhenWaiting {
            inner,
            said: false,
            give_up,
        }
    }
}

/// Tells the [`SaysWhenWaiting`] inputs made with it (or a clone) to wait no more: a run that
/// has stopped, on another thread than the one waiting to read, does not wait for an input
/// that may never come.
#[derive(Debug, Clone, Default)]
pub struct GiveUp(Arc<AtomicBool>);

impl GiveUp {
    /// A read waiting now, or from now on, fails within [`GIVE_UP_WITHIN`].
    pub fn now(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    fn given(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// How long a waiting read may take to see that it is given up.
pub const GIVE_UP_WITHIN: Duration = Duration::from_millis(100);

impl<R: Read + AsFd> Read for SaysWhenWaiting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let said = std::mem::take(&mut self.said);
        if !buf.is_empty() && !self.ready_soon() {
            if !said {
                self.said = true;
                return Err(io::ErrorKind::WouldBlock.into());
            }
            self.wait()?;
        }
        loop {
            match self.inner.read(buf) {
                // A descriptor left non-blocking finds nothing as often as it is asked.
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => self.wait()?,
                read => return read,
            }
        }
    }
}

impl<R: AsFd> SaysWhenWaiting<R> {
    /// Whether there is something to read now, or once the threads waiting for a processor
    /// have had a turn: the program writing the input may be one of them.
    fn ready_soon(&self) -> bool {
        ready(&self.inner, NOW) || {
            std::thread::yield_now();
            ready(&self.inner, NOW)
        }
    }

    /// Waits until there is something to read, here rather than in the read, so that a run
    /// given up is seen.
    fn wait(&self) -> io::Result<()> {
        while !ready(&self.inner, WAKE_EVERY) {
            if self.give_up.given() {
                return Err(io::Error::other("the run stopped"));
            }
        }
        Ok(())
    }
}

const NOW: Timespec = Timespec {
    tv_sec: 0,
    tv_nsec: 0,
};

const WAKE_EVERY: Timespec = Timespec {
    tv_sec: 0,
    tv_nsec: GIVE_UP_WITHIN.as_nanos() as i64,
};

/// Whether `fd` has something to read (data, its end, or an error a read will report),
/// waiting at most `wait`. A failed check counts as ready: the read says what is wrong.
fn ready(fd: &impl AsFd, wait: Timespec) -> bool {
    let mut fds = [PollFd::new(fd, PollFlags::IN)];
    loop {
        match poll(&mut fds, Some(&wait)) {
            Ok(n) => return n > 0,
            Err(rustix::io::Errno::INTR) => {}
            Err(_) => return true,
        }
    }
}

/// Whether `e` is the one failure of a [`SaysWhenWaiting`] read: nothing is lost, and the
/// read tried again waits.
pub fn would_wait(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::WouldBlock
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_read_that_would_wait_fails_once_then_reads() {
        let (reader, writer) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC).unwrap();
        let give_up = GiveUp::default();
        let mut source = SaysWhenWaiting::new(std::fs::File::from(reader), give_up.clone());
        let mut buf = [0; 16];
        let e = source.read(&mut buf).unwrap_err();
        assert!(would_wait(&e), "{e}");
        // What comes while it was told is read by the read tried again.
        let mut w = std::fs::File::from(writer);
        w.write_all(b"line\n").unwrap();
        assert_eq!(source.read(&mut buf).unwrap(), 5);
        // Data waiting: no failure first.
        w.write_all(b"more\n").unwrap();
        assert_eq!(source.read(&mut buf).unwrap(), 5);
        // Told to give up, the read that would wait fails; one with something to read reads.
        give_up.now();
        assert!(would_wait(&source.read(&mut buf).unwrap_err()));
        let e = source.read(&mut buf).unwrap_err();
        assert_eq!(e.to_string(), "the run stopped");
        w.write_all(b"last\n").unwrap();
        assert_eq!(source.read(&mut buf).unwrap(), 5);
        // The end of the input is something to read too.
        drop(w);
        assert_eq!(source.read(&mut buf).unwrap(), 0);
    }
}
