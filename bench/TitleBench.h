#pragma once

class QTextStream;

/**
 * Issue 12's figure: the share of the UK SOC 2020 related job titles (read from /work/shared/uk-soc2020,
 * or WAYMARK_SOC_DIR; never copied into the repository) that JobTitleNormaliser maps to an occupation,
 * with the built-in taxonomy and with ESCO when its release is present, and the time per title.
 */
void benchTitles(QTextStream &out);
