#pragma once

class QTextStream;

/**
 * Issue 5's figures: the note extractor's precision and recall per kind on the annotated tune and
 * held-out sets (tests/data/extractor/), the same on the Welsh set (bench/data/welsh-notes.jsonl, issue 16
 * §21) beside them, and the time per snippet.
 */
void benchExtractor(QTextStream &out);

/**
 * Issue 12's figures: skill linking on real job-advert sentences (/work/shared/skill-extraction-validation/)
 * with ESCO imported, micro precision, recall and F1 per file and together, the exact-label baseline
 * beside it, the calibration table, and the time per sentence and per note with ESCO.
 */
void benchSkillValidation(QTextStream &out);
