/** `/decode/index.json`: the decoder's index, in English. */
export { decoderIndexEndpoint as GET } from '../../views/decoderIndexEndpoint.ts';
