"""Layout tables: a page laid out with a `<table>` (an old portal's columns: the article in one cell, a sidebar in the
next) is read by trafilatura as one data table, so the whole article came out as one "| … | … |" line. A table whose
cells hold a page's blocks (the page's `<h1>`, or a cell with two `<div>`s or more and three paragraphs or more) is
unwrapped into `<div>`s before extraction; a data table (cells of text, a Word table's one paragraph per cell) stays."""

from __future__ import annotations

_PARTS = frozenset(("table", "tbody", "thead", "tfoot", "tr", "td", "th"))


def _layout_cell(cell) -> bool:
    """Does this cell hold a page's blocks rather than a datum: the page's title heading, or two `<div>`s or more with
    three paragraphs or more?"""
    if next(cell.iter("h1"), None) is not None:
        return True
    divs = sum(1 for _ in cell.iter("div"))
    return divs >= 2 and sum(1 for _ in cell.iter("p")) >= 3


def unwrap_layout_tables(tree) -> int:
    """Turn every layout table of the tree (one with a layout cell, `_layout_cell`) and its rows and cells into
    `<div>`s, in place; a data table nested in a layout cell stays a table. Returns how many tables were unwrapped."""
    tables = [t for t in tree.iter("table") if any(_layout_cell(c) for c in t.iter("td", "th"))]
    done = 0
    for table in tables:
        cells = [el for el in table.iter() if isinstance(el.tag, str) and el.tag in _PARTS
                 and _owner(el) is table]
        for el in cells:
            el.tag = "div"
            for attr in ("width", "valign", "align", "colspan", "rowspan"):
                el.attrib.pop(attr, None)
        done += 1
    return done


def _owner(el):
    """The table a row or cell belongs to (itself for a table): its nearest `<table>` ancestor-or-self."""
    while el is not None and el.tag != "table":
        el = el.getparent()
    return el
