#pragma once

class QString;
class QTextStream;

/**
 * Measures the figures the transparency record shows (the note extractor on the held-out coach notes,
 * tests/data/extractor/heldout.jsonl) and writes them, with today's date and the source's commit, to `path`
 * (resources/quality/last-bench.json when run as docs/responsible-ai.md says). Returns a process exit code.
 */
int writeQualityFigures(QTextStream &out, const QString &path);
