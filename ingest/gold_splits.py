"""The names of the gold splits, shared by both gold sets and the CLI (import-light on purpose).

dev: rules are written against it. dev2: articles added later, to check generalisation.
heldout, heldout2 … heldout14: held back when added, used for development since (each was
replaced by a fresher one; heldout4 measured rounds 5 to 7, heldout5 rounds 7 and 8, heldout6
rounds 8 and 9, heldout7 rounds 9 and 10, heldout8 rounds 10 and 11, heldout9 rounds 11 and 12,
heldout10 rounds 12 and 13, heldout11 rounds 13 and 14, heldout12 rounds 14 and 15, heldout13
rounds 15 and 16, heldout14 rounds 16 and 17). heldout15 and heldout16 measure: twelve new articles
each, their annotations and questions written together, blind to the system.
"""

SPLITS = (
    "dev", "heldout", "dev2", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
    "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
    "heldout15", "heldout16",
)  # fmt: skip
