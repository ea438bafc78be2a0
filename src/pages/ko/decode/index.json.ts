/** `/ko/decode/index.json`: the decoder's index with Korean scenario titles, kinds and client pages. */
export { decoderIndexEndpoint as GET } from '../../../views/decoderIndexEndpoint.ts';
