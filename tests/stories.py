"""Small numbered stories for tests of batches and the command: each one reports a
message and a claim, and its number shows in the text, so output order is checkable."""
from __future__ import annotations


def numbered(i: int) -> str:
    """Story `i`: a dateline, a lead with a message and one claim naming `i`."""
    return (f"ACCRA, June {1 + i % 28} (GNA) -- President Kwame Mensah on Monday sent a message to President Ama Boateng "
            f"on the {10 + i}th anniversary of independence.\n\nMensah said story {i} matters.\n")
