//! Counting the records of a CSV file as it arrives, a chunk at a time (RFC 4180): a
//! record ends at a line break outside quotes, so a note written on two lines is still
//! one order. The export compares the count with the one the server announced, and saves
//! only a whole file.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CsvRecords {
    /// Line breaks outside quotes so far.
    ends: u64,
    quoted: bool,
    /// The last byte seen is not a line break: a last record without its line break.
    open_line: bool,
}

impl CsvRecords {
    pub fn feed(&mut self, bytes: &[u8]) {
        for byte in bytes {
            match byte {
                // A doubled quote inside a cell toggles twice.
                b'"' => self.quoted = !self.quoted,
                b'\n' if !self.quoted => self.ends += 1,
                _ => {}
            }
            self.open_line = *byte != b'\n';
        }
    }

    /// Records after the header line whose line break has arrived.
    pub fn complete(&self) -> u64 {
        self.ends.saturating_sub(1)
    }

    /// Records after the header line once the file is over (a last one without its line
    /// break counts).
    pub fn total(&self) -> u64 {
        (self.ends + u64::from(self.open_line)).saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(chunks: &[&str]) -> (u64, u64) {
        let mut records = CsvRecords::default();
        for chunk in chunks {
            records.feed(chunk.as_bytes());
        }
        (records.complete(), records.total())
    }

    #[test]
    fn quoted_line_breaks_and_quotes_do_not_end_a_record() {
        let file = "order_number,latest_note\r\n100001,\"two\r\nlines\"\r\n100002,\"say \"\"hi\"\"\r\nthen go\"\r\n100003,plain\r\n";
        assert_eq!(count(&[file]), (3, 3));
        // However the chunks fall, even inside a quoted cell or a doubled quote.
        for cut in 1..file.len() {
            assert_eq!(count(&[&file[..cut], &file[cut..]]), (3, 3), "cut at {cut}");
        }
    }

    #[test]
    fn a_last_record_without_its_line_break_counts_once_the_file_is_over() {
        assert_eq!(count(&["h\r\n1\r\n2"]), (1, 2));
        assert_eq!(count(&["h\r\n"]), (0, 0));
        assert_eq!(count(&[""]), (0, 0));
    }
}
