import type { AreaMessages } from '../area.ts';

export const messages = {
  'share.button': 'Share link…',
  'share.heading': 'Share a link to this workbook',
  'share.intro':
    'A link holds the settings shown below — roles, churn definition, cells and their settings, as-of day, language and the data file’s fingerprint — never data rows. They travel after the # of the address, which browsers never send to the web server. A link can be of two kinds. Settings only: whoever opens it is asked for the same data file (a built-in sample opens by itself) and sees everything the file holds. With aggregated results (the box below): it also carries the counts, rates and curves the charts and tables show, groups of fewer than k customers left out and no customer id, so it opens with no data file — to look at, not to list customers or change settings.',
  'share.sizes': 'Settings: {json} of JSON, compressed (deflate) into a link of {chars} characters; {cells} cell(s).',
  'share.sizesPlain':
    'Settings: {json} of JSON in a link of {chars} characters (this browser cannot compress); {cells} cell(s).',
  'share.leftOut': 'Left out because they are values from the data (the person opening the link sets them again):',
  'share.contents': 'Exactly what the link holds',
  'share.passphrase': 'Passphrase (optional)',
  'share.passphraseHint':
    'With a passphrase the link is encrypted (AES-GCM, key from PBKDF2-SHA-256 with {iterations} iterations); send the passphrase another way.',
  'share.linkSealed': 'Link (encrypted)',
  'share.sealed': 'This shared link is encrypted. Type the passphrase you were given.',
  'share.unlockPassphrase': 'Passphrase',
  'share.unlock': 'Open',
  'share.wrongPassphrase': 'That passphrase does not open this link (or the link was changed).',
  'share.error.needs-passphrase': 'it needs a passphrase.',
  'share.error.wrong-passphrase': 'the passphrase does not open it.',
  'share.link': 'Link',
  'share.copy': 'Copy link',
  'share.close': 'Close',
  'share.copied': 'Link copied.',
  'share.copyFailed': 'The browser did not allow copying; select the link above and copy it.',
  'share.linkName': 'shared link',
  'share.opening': 'This page was opened from a shared link.',
  'share.error': 'This shared link cannot be opened: {problem} Nothing was changed; ask for the link again.',
  'share.error.bad-form': 'it is not a Churnscope link (unknown form).',
  'share.error.bad-base64': 'it is damaged (characters were lost or changed when it was copied).',
  'share.error.bad-compression': 'it is damaged (its compressed settings do not unpack).',
  'share.error.too-large': 'it unpacks to more than 2 MB, which is not workbook settings.',
  'share.error.no-decompression': 'this browser cannot unpack compressed links; open it in a current browser.',
  'share.error.invalid-json': 'its settings are not valid JSON.',
  'share.error.invalid-version': 'it is of link version {version}; this Churnscope reads version 1 only.',
  'share.error.invalid-shape': 'its settings do not have the expected shape.',
  'share.aggregates.include':
    'Also carry the aggregated results (the charts and tables), so the link opens with no data file',
  'share.aggregates.k': 'Leave out groups of fewer than k customers, k =',
  'share.aggregates.hint':
    'Only counts, rates and curves of groups of at least k customers; no customer id and no per-customer number. Carried: KPIs, monthly churn, retention triangle, survival, churn by attribute, RFM segments, value-risk quadrant, churn reasons.',
  'share.aggregates.filtered':
    'Aggregates are not carried while a workbook filter is on (the filter names values from the data); clear it to carry them.',
  'share.aggregates.drawing': 'Drawing every cell to collect its results…',
  'share.aggregates.summary':
    'Aggregates: {carried} of {cells} cell(s) carried; {suppressed} group(s) under {k} customers left out.',
  'share.aggregates.state.carried': 'carried; {suppressed} group(s) under k left out',
  'share.aggregates.state.all-suppressed': 'not carried: all of it describes fewer than k customers',
  'share.aggregates.state.kind': 'not carried (this kind of cell needs the data file)',
  'share.aggregates.state.not-drawn': 'not carried: it has no result yet',
  'share.aggregates.state.names-values': 'not carried: its settings name values from the data',
  'share.sizeBytes': 'The link is {bytes} ({chars} characters).',
  'share.tooLong':
    'This link is longer than 8 KB: some e-mail and chat apps cut long links. Carry fewer cells, or send the workbook file instead.',
  'share.aggregates.banner': 'Aggregates from a shared link, no data loaded; cells under {k} customers suppressed.',
  'share.aggregates.bannerDetail':
    '{customers} customers as of {asOf}; {suppressed} group(s) under {k} left out. Charts and tables draw from these numbers; open the data file to change settings or see other cells.',
  'share.aggregates.openFile': 'Open the data file instead',
  'share.aggregates.cellMark': 'From the link’s aggregates; groups under {k} customers suppressed',
  'share.aggregates.needsFile': 'Open the data file to see this cell (a shared link carries no aggregates of it).',
  'share.aggregates.changed':
    'The link carries this cell’s results for the settings it was made with only: set them back, or open the data file to see others.',
  'share.aggregates.noCustomers':
    'A link holds no customer, so nothing here lists or exports customers; open the data file for that.',
  'share.aggregates.noCallList':
    'The call lists (CSV, XLSX) name customers, and a link holds none: open the data file to export them.',
  'share.aggregates.reportNote':
    'Made from a shared link’s aggregated results, not from the data: groups of fewer than {k} customers were left out by the sender ({suppressed} group(s)); numbers are rounded to {digits} significant digits.',
  'share.aggregates.noPoints':
    'Each point of this chart is a customer, and a link holds no customer: the table below has each quadrant’s figures.',
  'share.aggregates.bannerDetailUndated':
    '{customers} customers; {suppressed} group(s) under {k} left out. Charts and tables draw from these numbers; open the data file to change settings or see other cells.',
} as const satisfies AreaMessages<'share'>;
