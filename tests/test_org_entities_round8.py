"""Organisations as entities (issue #10, round 8): a royal civility is no body. The sentences are
written for these tests."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def org_names(analyse, text: str) -> dict[str, str]:
    from pipeline.run.export import doc_rows

    return {r["text"]: r["normalized"] for r in doc_rows(analyse(HEADER + text))["entities"] if r["label"] == "ORG"}


def test_a_royal_civility_is_no_organisation(analyse):
    """Counter-example: the body named in the same sentence stays an organisation."""
    text = "La cérémonie s'est tenue en présence de S.A.R. la princesse Astrid et du chef de l'OTAN.\n"
    names = org_names(analyse, text)
    assert "S.A.R." not in names and "OTAN" in names
