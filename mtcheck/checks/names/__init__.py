"""Names: names and outlets that went missing, moved, lost their attribution or changed form.

One module per check: moved (MT310), missing (MT311), credits (MT312, MT313), inconsistent (MT314);
MT315 is here.  What they share: renderings (a pair's tokens, kept names, where a name is written),
variants, attribution, clauses and holes.
"""

from __future__ import annotations

from typing import Iterator

from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument
from mtcheck.findings import Flag, Severity
from mtcheck.checks.names.renderings import fusions
from mtcheck.checks.names.credits import attribution_garbled, attribution_lost
from mtcheck.checks.names.inconsistent import name_inconsistent
from mtcheck.checks.names.missing import name_missing
from mtcheck.checks.names.moved import name_moved

__all__ = ["attribution_garbled", "attribution_lost", "name_inconsistent", "name_missing", "name_moved", "names_fused"]


@check("MT315", "names-fused", Severity.MAJOR)
def names_fused(doc: AlignedDocument) -> Iterator[Flag]:
    """Two names of the source run together in the translation.

    Flags a target word sequence where one source name ends and another
    begins with nothing between them, while the source separates them (a
    preposition, a comma, a description): the words that said how the two
    belong together were lost, often where a link was.

    A name moved next to another that the source writes several words
    before it runs into it too.

    Bad: ``sagte die Beratungsfirma Peter Lang Northbridge Energy``
    Good: ``sagte Peter Lang von der Beratungsfirma Northbridge Energy``
    """
    for i in range(len(doc.pairs)):
        for left, right, first, second in fusions(doc, i):
            names = [doc.source.text[run[0].start:run[-1].end] for run in (first, second)]
            between = doc.source.text[first[-1].end:second[0].start].strip()
            how = (f"separates {names[0]!r} and {names[1]!r} with {between!r}" if first[0].start < second[0].start
                   else f"writes {names[1]!r} well before {names[0]!r}")
            yield Flag(
                left.start, right.end,
                f"'{left.text} {right.text}' runs two names together; the source {how}",
                source=(min(first[0].start, second[0].start), max(first[-1].end, second[-1].end)),
                evidence={"names": names, "between": between},
            )
