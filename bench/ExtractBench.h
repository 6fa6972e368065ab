#pragma once

class QTextStream;

/**
 * Issue 5's figures: the note extractor's precision and recall per kind on the annotated tune and
 * held-out sets (tests/data/extractor/), and the time per snippet.
 */
void benchExtractor(QTextStream &out);
