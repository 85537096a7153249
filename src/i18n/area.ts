/** One area's messages: every key starts with the area's name, which is its file name in en/ and zh-CN/. */
export type AreaMessages<Area extends string> = Record<`${Area}.${string}`, string>;
