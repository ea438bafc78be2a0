/** `/ko/codes.json`: the whole collection with the Korean prose and Korean page URLs (the any-pair page reads it). */
export { codesJsonEndpoint as GET } from '../../views/codesJsonEndpoint.ts';
