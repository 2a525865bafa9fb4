/// Longest note the platform stores, in characters.
pub const NOTE_MAX_CHARS: usize = 500;

/// Why a note cannot be saved: the app words it in the user's language, the platform in
/// its answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteError {
    Empty,
    TooLong { chars: usize },
}

/// How long a note counts as: its characters once trimmed (what the counter shows).
pub fn note_chars(text: &str) -> usize {
    text.trim().chars().count()
}

/// The note as it will be saved (trimmed), or why it cannot be.
pub fn validate_note(text: &str) -> Result<String, NoteError> {
    let trimmed = text.trim();
    let chars = note_chars(text);
    if chars == 0 {
        Err(NoteError::Empty)
    } else if chars > NOTE_MAX_CHARS {
        Err(NoteError::TooLong { chars })
    } else {
        Ok(trimmed.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_counts_its_characters_not_its_bytes_or_its_margins() {
        assert_eq!(note_chars("  Grüße, Åsa  \n"), 10);
        assert_eq!(note_chars(" \n "), 0);
    }

    #[test]
    fn notes_are_trimmed_non_empty_and_bounded_in_characters() {
        assert_eq!(validate_note("  hi  "), Ok("hi".into()));
        assert_eq!(validate_note(" \n "), Err(NoteError::Empty));
        assert_eq!(validate_note(&"é".repeat(NOTE_MAX_CHARS)).map(|n| n.chars().count()), Ok(NOTE_MAX_CHARS));
        assert_eq!(
            validate_note(&"x".repeat(NOTE_MAX_CHARS + 1)),
            Err(NoteError::TooLong { chars: NOTE_MAX_CHARS + 1 })
        );
    }
}
