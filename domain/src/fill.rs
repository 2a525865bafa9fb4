/// Fills `{name}` placeholders in `template` from `args`. Values are inserted as they
/// are and never read again, so text from the server that contains braces stays as
/// sent; a placeholder without a value stays visible rather than vanishing.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            rest = &rest[open..];
            break;
        };
        let name = &after[..close];
        match args.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_each_placeholder_once_and_keeps_the_rest() {
        assert_eq!(fill("{n} orders need {who}", &[("n", "3"), ("who", "you")]), "3 orders need you");
        assert_eq!(fill("Hi {name}", &[("name", "{n}")]), "Hi {n}", "a value is not filled again");
        assert_eq!(fill("{missing} and {", &[]), "{missing} and {");
        assert_eq!(fill("ä{x}ö", &[("x", "ü")]), "äüö");
    }
}
