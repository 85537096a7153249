/** Column names that name a code or key rather than a quantity, in English and Chinese. */
const IDENTIFIER_NAME =
  /(^|[^a-z])(id|ids|code|no|nr|num|number|key|uuid|guid|sku|zip|postcode|phone|tel)$|^id[^a-z]|编号|编码|单号|号码|账号|帐号|工号|代码|ID$|Id$|Code$|No$|Number$/i;

export function isIdentifierName(name: string): boolean {
  return IDENTIFIER_NAME.test(name.trim()) || /[a-z](ID|Id)$/.test(name.trim());
}
