/** `/codes.json`: the whole collection, in English. */
export { codesJsonEndpoint as GET } from '../views/codesJsonEndpoint.ts';
