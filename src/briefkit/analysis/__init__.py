"""The analyse and select stages: how a passage of a source gets into a memo.

One module per signal, and the objective that weighs them in one place:

* `units`      which passages are citable at all: whole sentences that stand alone
                (a sentence leaning on the one before is quoted with it), no debris;
* `relevance`  BM25 of a passage against the brief's title, topic and an audience's focus;
* `aspects`    the items the brief lists, each of which a memo should answer once;
* `coverage`   the concepts the sources say (word stems and pairs, weighted by how many
                sources say them): what a memo covers when it quotes a passage;
* `section_fit` general discourse cues for background, drivers, positions and outlook;
* `actors`     who a passage is about (the subject or the attributed speaker);
* `specificity` whether a passage states something checkable (a figure, a date, a name);
* `findings`   cross-source blocks: dated events (chronology) and figures that differ;
* `proposals`  every unit scored for every section (the candidates an editor sees);
* `objective`  the selection objective: coverage + aspects answered + relevance + section
                fit + spread over sources, per word spent; `selection` maximises it
                greedily per memo.
"""
