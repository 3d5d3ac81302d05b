"""Shared by the scripts that write generated sections of rules/MLxxxx.md."""
import re

# The order generated sections take, all of them before "## Examples".
GENERATED = ["Model", "Measured"]


def write_section(doc, name, section):
    """Replaces the doc's "## <name>" section (up to the next "## " heading) or inserts it in its place in GENERATED."""
    text = doc.read_text(encoding="utf-8")
    text = re.sub(rf"^## {name}\n.*?(?=^## )", "", text, flags=re.S | re.M)
    later = [f"## {n}\n" for n in GENERATED[GENERATED.index(name) + 1:]] + ["## Examples\n"]
    anchor = next(h for h in later if h in text)
    doc.write_text(text.replace(anchor, section + anchor, 1), encoding="utf-8")
