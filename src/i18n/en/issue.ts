import type { AreaMessages } from '../area.ts';
import type { IssueCode } from '../../engine/api.ts';

/** Every engine issue code needs a template, checked by the compiler. */
export const messages = {
  'issue.empty-file': '{file} has no data rows. Export the data again, or choose another file.',
  'issue.header-only': '{file} has a header row but no data rows.',
  'issue.binary-file':
    '{file} is a {what}, not a data table. Open a CSV, Excel (.xlsx or .xls), Parquet, Arrow or JSON file.',
  'issue.unreadable': '{file} could not be read. Check that it is a complete CSV, Excel, Parquet, Arrow or JSON file.',
  'issue.unsupported-format':
    '{file} is in a format Churnscope cannot read. Save it as .xlsx, .xls or CSV and open that.',
  'issue.unsupported-type':
    'Column “{column}” in {file} holds {type} values, which cannot be shown as one cell per row. Convert it to text before export.',
  'issue.truncated-file': '{file} seems cut short or damaged. Export or download it again.',
  'issue.encoding-detected':
    '{file} is not UTF-8; it was read as {encoding}. If the text looks wrong, choose the file’s encoding under “Parse options”.',
  'issue.encoding-uncertain':
    '{file} is not UTF-8 and its encoding is uncertain: it was read as {encoding}, but it reads about as well as {alternatives}. If names in the preview look wrong (for example Japanese or Traditional Chinese shown as unrelated Simplified Chinese), choose the file’s encoding.',
  'issue.encrypted-workbook':
    '{file} is protected with a password, so its contents are encrypted. Open it in Excel with the password, remove it (File → Info → Protect Workbook → Encrypt with Password, clear the box), save, and open that copy.',
  'issue.xlsb-workbook':
    '{file} is an Excel binary workbook (.xlsb), which Churnscope cannot read. Open it in Excel and save it as “Excel Workbook (.xlsx)” or CSV, then open that.',
  'issue.ods-workbook':
    '{file} is an OpenDocument spreadsheet (.ods, from LibreOffice, WPS or Google Sheets), which Churnscope cannot read. Save or download it as .xlsx or CSV, then open that.',
  'issue.old-excel-version':
    '{file} is an Excel 5.0/95 workbook, older than the Excel 97–2003 .xls Churnscope reads. Open it in Excel or LibreOffice and save it as .xlsx or CSV, then open that.',
  'issue.hidden-sheets':
    '{file} has {count} hidden sheet(s) ({sheets}) that were not opened; sheet “{sheet}” was read. Choose a hidden sheet by name to read it.',
  'issue.several-tables':
    '{file} holds {count} tables; the one with the most rows (table {table}, {rows} rows) was read.',
  'issue.encoding-invalid':
    '{file} is not valid {encoding} (lines {lines}); unreadable characters are shown as �. Choose the file’s encoding under “Parse options”, or re-save the file as UTF-8.',
  'issue.encoding-mixed':
    '{file} mixes encodings: lines {gbLines} are GBK/GB18030 while {utf8Lines} others are UTF-8. Each line was decoded in its own encoding; re-save the file as UTF-8 if you can.',
  'issue.repeated-header':
    '{file} repeats its header row at row {rows}: it looks like exports joined one after the other. That row was read as data (a customer named like the first column, text in number and date columns). Delete the repeated header row, check that the parts do not overlap, and open the file again.',
  'issue.stray-bom':
    '{file} has a byte-order mark (an invisible character that starts a file) at the start of row {rows}: another file seems to have been joined on there, and that row’s first value starts with the invisible character. Re-save the parts as one file and open it again.',
  'issue.unclosed-quote': 'Quotes are malformed in {file}. Fix those rows, or choose another delimiter.',
  'issue.ragged-rows':
    '{count} rows in {file} do not have {width} fields. Short rows were padded with empty cells. Check the delimiter.',
  'issue.blank-lines': '{count} blank lines were skipped.',
  'issue.blank-header': '{count} columns had no name in the header (positions {positions}); they were named column_N.',
  'issue.duplicate-header': '{count} column names appear more than once; renamed {renamed}.',
  'issue.headers-differ':
    '{file} does not have the same columns as {first}: {difference}. Open files of the same shape together.',
  'issue.too-many-columns': 'The data has {count} columns; the preview shows the first 200. All columns are kept.',
  'issue.columns-over-limit':
    '{file} has more than {limit} columns, the most a table may have (as in Excel). Remove the columns you do not need, or split the file by columns, and open it again.',
  'issue.cell-over-limit':
    '{file}, row {row}, column {column}: a value of {length} characters is longer than one cell may hold ({limit}, as in Excel). A value this long usually means a quote was left open: check the quotes around that cell, or shorten the value.',
  'issue.sheet-cell-over-limit':
    'Sheet “{sheet}” in {file}, cell {cell}: a value of {length} characters is longer than one cell may hold ({limit}, as in Excel). Shorten the value, or remove the column if you do not need it.',
  'issue.cells-over-limit':
    '{file} holds more than {limit} cells (rows × columns): it passed that limit at row {row} ({rowsAllowed} rows of {columns} columns fit). Nothing was loaded. Filter the rows (for example to a period) or drop columns you do not need, and open the smaller file.',
  'issue.part-over-limit':
    '{file} was not unpacked: its part {part} would take {size} MB, more than the {limit} MB one part may take. Save the sheet you need in a workbook of its own, or export it as CSV.',
  'issue.part-ratio-over-limit':
    '{file} was not unpacked: its part {part} would grow {ratio} times when unpacked (at most {limit} times is allowed), which is how a “zip bomb” is built. Open the original workbook in Excel and save it again, or export the sheet as CSV.',
  'issue.part-size-misstated':
    '{file} was not unpacked: its part {part} inflates to more than the {size} bytes its header declares, which is how a “zip bomb” hides its size. Unpacking stopped there. Open the original workbook in Excel and save it again, or export the sheet as CSV.',
  'issue.cell-beyond-grid':
    'Sheet “{sheet}” in {file} has a cell at {cell}, beyond Excel’s grid (last column XFD, last row 1,048,576). The file was not written by Excel or is damaged: open it in Excel and save it again.',
  'issue.not-typed':
    '“{column}” looks like {type}, but {count} cells are not, so it was kept as {kept}. Convert it to {type}; those cells then become empty.',
  'issue.invalid-cells': '{count} cells in “{column}” are not {type} values and were left empty.',
  'issue.ambiguous-date-order':
    '“{column}” holds dates where no row tells whether the day or the month comes first. Choose the order; until then the column is kept as text.',
  'issue.nulls': '{count} empty cells in “{column}”.',
  'issue.duplicate-ids': '{count} rows repeat a customer ID already seen in “{column}”.',
  'issue.id-spelling-variants':
    'Customer IDs in “{column}” written in more than one way that differs only in upper/lower case, surrounding spaces or full-width characters (Ｃ００１ for C001): {count} ({spellings} spellings in all). Each spelling counts as a separate customer until you tick “Merge IDs that differ only in case, spaces or full-width characters” under the churn definition.',
  'issue.ids-merged':
    'Customer IDs in “{column}” that differ only in case, surrounding spaces or full-width characters were merged: {count} IDs from {spellings} spellings, each now one customer.',
  'issue.negative-values': '{count} negative values in “{column}”, usually returns or cancellations.',
  'issue.returns-only-customers':
    '{count} customers have only returns or cancellations (no purchase) up to the as-of date; they are not counted as customers.',
  'issue.future-dates':
    'Dates in “{column}” after today ({today}): {count}. Often a placeholder such as 9999-12-31 or a mistyped year, they do not set the default as-of date or the data’s date range, and nothing dated after the as-of date counts: a purchase then is not activity, a churn date then is not a loss yet.',
  'issue.ancient-dates':
    'Dates in “{column}” on or before 1 January 1900: {count}, usually a placeholder for “unknown”. They are read as unknown: they do not set the data’s date range, and a transaction dated so is left out of the customer table.',
  'issue.constant-column':
    '“{column}” has the same value in every row; it cannot explain differences between customers.',
  'issue.formula-like':
    '{count} cells in “{column}” start like a spreadsheet formula. They are kept as text and never evaluated.',
  'issue.cancelled': 'Loading was cancelled; nothing was changed.',
  'issue.build-cancelled':
    'Building the customer table was cancelled. Change the churn definition or the roles to build it again.',
  'issue.analysis-cancelled': 'The analysis was cancelled; its earlier result, if any, is kept.',
  'issue.dataset-lost':
    'The engine had to be restarted to stop, and {name} could not be read again (was the file moved or changed?). Open it again.',
  'issue.engine-stopped':
    'The engine stopped while it worked on this (its thread ended, most often because it ran out of memory). The data you had open before is kept and is being opened again. If this happened while opening a file, the file may be too large for this browser’s memory: open a smaller part of it (fewer rows or columns, for example one period), or close other tabs and try again.',
  'issue.engine-stopped-lost':
    'The engine stopped again while it re-opened {name}, so {name} was closed. Open it again; if the engine stops once more, the file may be too large for this browser’s memory.',
  'issue.unknown-dataset': 'That dataset is no longer open. Open the file again.',
  'issue.unknown-column': 'There is no column named “{column}”.',
  'issue.attribute-needs-rule':
    '“{column}” differs between the rows of {count} of {customers} customers, so it has no single value per customer. Choose a rule next to it: the latest value, the most frequent value or the number of distinct values.',
  'issue.sheet-missing': 'No sheet named “{sheet}” in {file}; its sheets are: {sheets}.',
  'issue.unknown-analysis': 'There is no analysis called “{kind}”.',
  'issue.no-customer-table': 'There is no customer table yet: confirm the roles and a churn definition first.',
  'issue.role-missing':
    'This needs a column with the role {role}: give that role to a column of the right type in the role panel.',
  'issue.invalid-definition': 'The churn definition is not valid; check its settings.',
  'issue.sql-not-supported':
    'No SQL is generated for {what} yet: with these settings this analysis runs in the browser only.',
  'issue.projection-period': 'The period length must be above 0 days.',
  'issue.projection-no-durations': 'No customer has a duration to fit survival to.',
  'issue.projection-columns': '"{period}" and "{alive}" must be numeric columns of the data.',
  'issue.projection-too-short': '"{period}" must start at 0 and have at least 3 periods.',
  'issue.projection-too-few-periods':
    'Losses can be seen over only {last} whole period(s) of {days} days; fitting needs at least 2. Choose a shorter period (months, for example).',
  'issue.projection-fit-periods': 'Fit on 2 to {last} periods (the data has periods 0 to {last}).',
  'issue.projection-horizon': 'The horizon must be at least the fitted periods.',
  'issue.projection-not-fitted':
    'The model could not be fitted to these periods (survival must fall, and at least two periods are needed).',
  'issue.projection-cohort-size': 'The cohort size must be a number of customers above 0.',
  'issue.revenue-option':
    'Revenue movements: “{value}” is not a valid {option}. Periods are month, quarter or year; alert windows 1 to 60 months; the alert drop above 0 and at most 100 %.',
  'issue.revenue-bridge-period': '“{period}” is not a period of the revenue bridge: choose one from {first} to {last}.',
  'issue.value-score-column':
    '“{column}” holds {type} values; a value score can only use numbers or yes/no columns. Choose a numeric column.',
  'issue.customer-value-options':
    'A customer-value setting is out of range: {option} = {value}. Weights must be 0 or more with one above 0; the margin rate from −1 to 1; the tier breaks two rising shares up to 1; the top share and the weight step between 0 and 1; each score column once, with a direction and a scaling.',
  'issue.quadrant-options':
    'A quadrant setting is out of range: {option} = {value}. Thresholds are the median, a number, a top share from 0 to 1 (risk) or the 20/80 rule (value); four quadrant names.',
  'issue.quadrant-source-missing':
    'The quadrant reads “{column}”, which has not been made for this table (a value score needs its score columns chosen under Customer value): make it first, or choose another risk or value.',
  'issue.quadrant-nothing-placed':
    'No customer has both a risk and a value ({noRisk} without a risk, {noValue} without a value): choose other columns.',
  'issue.invalid-as-of': 'The as-of date “{value}” is not a date in the form YYYY-MM-DD.',
  'issue.as-of-after-data':
    'The as-of date {asOf} is after the data’s last date ({to}): every customer has been silent since, so churn by inactivity is overstated. Choose a date from {from} to {to}.',
  'issue.as-of-before-data':
    'The as-of date {asOf} is before the data’s first date ({from}): no customer had started by then. Choose a date from {from} to {to}.',
  'issue.invalid-rules': 'The early-warning rules are not valid; check their settings.',
  'issue.flag-unknown':
    '{count} customers have an empty or unreadable churn flag in “{column}”; they are counted as not churned.',
  'issue.flag-one-two':
    '“{column}” holds only the values 1 and 2, read as R survival’s status coding: 2 = churned ({twos} customers), 1 = still a customer ({ones}). If 1 means churned in your data, recode the column as yes/no or 1/0.',
  'issue.flag-all-churned':
    'Every customer with a churn flag ({count}) is churned: “{column}” holds only {examples}, all read as yes. Check that this is the churn flag column and how it codes churn.',
  'issue.flag-none-churned':
    'No customer is churned: “{column}” holds only {examples}, all read as no. Check that this is the churn flag column and how it codes churn.',
  'issue.partial-window-too-long':
    'Partial churn over {months} months compares the last {months} finished months with the {months} before ({needed} months), but the data up to the as-of date has {available} ({from} to {to}). Choose at most {most} months.',
  'issue.impossible-date-serial':
    '{count} cells on sheet “{sheet}” of {file} are formatted as dates but hold a number that is no date (negative, or after 9999-12-31; Excel shows #####): {cells}. They are kept as numbers, so their column counts them as invalid; correct them in the workbook.',
  'issue.internal-error':
    "{file} could not be read because of a fault in Churnscope (internal error {error}). Your earlier data is kept. Please report it with the file's type and size; saving the file again as CSV may get around it.",
  'issue.ids-scientific':
    '{count} customer IDs in “{column}” look like numbers Excel rewrote in scientific notation (rows {rows}: {examples}): their last digits are lost, so different customers may share one ID. Export the IDs again as text (format the column as Text before saving).',
  'issue.negative-tenure':
    '{count} negative tenures in “{column}” (rows {rows}): a tenure cannot be below zero (often two dates subtracted the wrong way round). They are read as unknown tenure; correct them in the file.',
  'issue.json-syntax':
    '{file} is not valid JSON at line {line}, column {column}: a comma, quote or bracket may be missing or extra there. Fix it or export the file again.',
  'issue.json-not-records':
    'Record {record} in {file} is not an object with named fields. Churnscope reads a JSON array of records, such as [{"id": 1}, {"id": 2}], or one record per line (JSON Lines).',
  'issue.json-too-deep':
    'Field “{field}” of record {record} in {file} is nested too deeply to be kept as one cell. Flatten it before export.',
  'issue.not-a-workbook':
    '{file} is a zip archive but not an .xlsx workbook ({what}). Save it from Excel or LibreOffice as .xlsx or CSV and open that.',
  'issue.risk-invalid-option':
    'The risk model’s setting “{option}” is out of range: C above 0, folds 2 to 20, test share 0 to 90 %, a whole seed, a label window of at least 1 day, tree depth 1 to 20, a minimum leaf of at least 1, smoothing above 0.',
  'issue.risk-feature-is-label':
    '“{column}” is the churn label itself; a model cannot learn from it. Take it out of the features.',
  'issue.risk-no-features':
    'No column can be learnt from: every one is an id, a date, the label or something known only after churn. Add attributes to the data or choose features.',
  'issue.risk-cox-temporal':
    'A Cox model learns when customers leave from their tenure, not from a label after a cutoff: leave the cutoff empty or choose another model.',
  'issue.risk-cutoff-needs-log':
    'A cutoff date splits a transaction log in time; this data has one row per customer, so leave the cutoff empty.',
  'issue.risk-window-past-data':
    'The label needs {windowDays} days after the cutoff {cutoff}, and the data ends on {asOf}: choose a cutoff from {from} to {latest}.',
  'issue.risk-test-cutoff-overlap':
    'The training labels run {windowDays} days past the cutoff {cutoff}, beyond the test cutoff {testCutoff}: choose a training cutoff on or before {latest}.',
  'issue.risk-holdout-empty':
    'Holding out the customers whose “{column}” is “{value}” leaves {test} to test and {train} to train on: both need customers.',
  'issue.risk-too-few-churners':
    'The training customers hold {churners} churners and {others} others; {folds}-fold cross-validation needs at least {folds} of each.',
  'issue.clusters-features': 'Choose at least one feature to cluster on (for example tenure and charges).',
  'issue.clusters-feature-type':
    '“{column}” is a column of type {type}, not a feature to cluster on: choose numbers (spend, tenure, usage) or categories.',
  'issue.clusters-k': 'k must be a whole number from 2 to {max}, and the range must run upwards.',
  'issue.clusters-too-few':
    'Only {customers} customers have a value for every feature ({leftOut} miss one): {k} clusters need more. Choose fewer clusters or features with fewer gaps.',
  'issue.clv-needs-log':
    'Lifetime value models read each customer’s purchases over time: load a transaction log (customer, date, amount), not one row per customer such as a subscription snapshot.',
  'issue.customer-table-computed-elsewhere':
    'This is a customer table: one row per customer ({count}), computed elsewhere (by the SQL the app writes, or exported from it). The roles below come from its column names; orders, frequency, recency, T and monetary are read as computed. Analyses that need each purchase say so.',
  'issue.aggregate-computed-elsewhere':
    'This file is an aggregate computed elsewhere: the counts the app’s SQL returns for {aggregate} ({count} rows), not a transaction log or a customer table. Add that analysis: it is drawn from these counts. Other analyses need the log or the customer table.',
  'issue.aggregate-needs-log':
    'This file holds only the counts of {aggregate}, computed elsewhere. This analysis needs the transaction log or the customer table: open one of those.',
  'issue.aggregate-invalid':
    'The column {column} of this {aggregate} aggregate is not as the app’s SQL writes it (numbers, or dates). Open the file the query wrote, unchanged.',
  'issue.customer-table-needs-log':
    'This analysis reads each customer’s purchases over time, and this is a customer table computed elsewhere: one row per customer, without the purchases. Open the transaction log itself, or, for RFM and revenue movements, the aggregate the app’s SQL computes from it (npm run cli -- sql {kind}).',
  'issue.clv-invalid-option':
    'The {option} is out of range: the horizon must be above 0, the discount rate from 0 (0 %) and the margin from 0 to 1 (0–100 %).',
  'issue.clv-calibration-end':
    'The calibration end “{calibrationEnd}” must be a date (YYYY-MM-DD) from {from} to {to}, the as-of date.',
  'issue.clv-calibration-too-short':
    'The calibration period from {from} to {end} lasts {days} days; the model needs at least {minimum} for customers to have had time to buy again. Choose a later calibration end.',
  'issue.clv-too-few-repeat-buyers':
    'Only {repeatBuyers} customers bought again by {end}; the model needs at least {minimum} repeat buyers to estimate how often customers buy and when they drop out. Choose a later calibration end or load more customers.',
  'issue.clv-fit-at-bound':
    'The model fitted to {end} runs off to the edge of the range of {parameter}: these purchases do not tell how customers drop out (over so short a period nearly everybody is still buying). No values are given. Choose a later calibration end, or the as-of date to fit on all the data without a holdout.',
  'issue.clv-not-converged':
    'The model fitted to {end} did not settle after {iterations} iterations ({reason}). No values are given; try the other model or another calibration end.',
  'issue.rfm-bins': 'RFM scores take {min} to {max} bins, not {bins}.',
  'issue.rfm-score-map':
    'The segment map is not valid: every rule needs a code of its own and ranges of whole scores from 1 to {scale}, the lower first (at most 24 rules). Check rule {rule}.',
  'issue.rfm-compare-as-of':
    'The comparison date {compareAsOf} must be before the as-of date {asOf}: segments are compared from the earlier date to the as-of date.',
  'issue.drivers-invalid-option': 'Churn drivers’ {option} must be {range}.',
  'issue.drivers-no-features':
    'No column can be ranked as a driver: every one is an id, a date, the label or something known only after churn. Add attributes to the data or choose features.',
  'issue.drivers-factor-column':
    'The customer table has no numeric column “{column}” to rate a decision factor from: choose a survey column of numbers, or type the rating.',
  'issue.reasons-none':
    'None of the {churned} churned customers has a reason in “{column}”: check that the reason role is on the column that says why customers left.',
  'issue.reasons-value-column':
    '“{column}” is not a column of numbers: lost revenue sums a value such as monthly charges or CLTV.',
  'issue.reasons-option':
    'Churn reasons: separators are up to 16 punctuation characters (such as ; , |), the reasons listed under each type 1 to 20, and involuntary types come from the list of churn types.',
  'issue.retention-source-unavailable':
    'The {what} “{source}” cannot be read for this table: choose another source (a model’s churn risk, 1 − P(alive), lifetime value, historical value or a numeric column; a risk column must hold 0–1 or 0–100).',
  'issue.retention-invalid-option':
    'The setting {option} is out of range: probabilities and shares run from 0 to 1, costs and ratios are 0 or more.',
  'issue.retention-no-customers':
    'No customer has both a churn risk and a value ({missing} lack one): choose other sources.',
  'issue.retention-quadrant-missing':
    'The value-risk quadrant has not placed the customers yet: add a value-risk quadrant cell (or choose “every customer”).',
  'issue.retention-treatment':
    'The column “{column}” must split the customers into those who got the offer and a control group: choose a column and the values that mean “got the offer”.',
  'issue.invalid-selection':
    'This selection of customers cannot be read: it names a status, a bin or a kind of selection the customer table does not have.',
  'issue.selection-column-missing':
    'The customers behind this number need the column “{column}” that the {kind} analysis adds: run it again (a rebuilt customer table starts without such columns).',
} as const satisfies AreaMessages<'issue'> & Record<`issue.${IssueCode}`, string>;
