/**
 * The scenario catalog's prose in Korean, one entry per scenario id (a missing
 * or extra id does not compile). `translatedFrom` is the hash of the English
 * title, description and reason it was translated from; see `src/i18n/textTranslation.ts`.
 */
import type { ScenarioTranslations } from '../translatable.ts';

export const KO_SCENARIO_TEXT = {
  'server-close-1000': {
    translatedFrom: '80e864446b',
    title: '서버가 1000으로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1000인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1001': {
    translatedFrom: 'f582c1628e',
    title: '서버가 1001로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1001인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1002': {
    translatedFrom: 'f8fe78b812',
    title: '서버가 1002로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1002인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1003': {
    translatedFrom: 'e358095c25',
    title: '서버가 1003으로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1003인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1007': {
    translatedFrom: '1224d36e97',
    title: '서버가 1007로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1007인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1008': {
    translatedFrom: '71adc2ab71',
    title: '서버가 1008로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1008인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1009': {
    translatedFrom: '4f6f3057a4',
    title: '서버가 1009로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1009인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1010': {
    translatedFrom: 'db3f3a9a38',
    title: '서버가 1010으로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1010인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1011': {
    translatedFrom: 'c836dcb45e',
    title: '서버가 1011로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1011인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1012': {
    translatedFrom: '904d458d26',
    title: '서버가 1012로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1012인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1013': {
    translatedFrom: '31e7c8911d',
    title: '서버가 1013으로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1013인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-1014': {
    translatedFrom: '11380b927d',
    title: '서버가 1014로 종료',
    description: '핸드셰이크 직후 서버가 상태 코드 1014인 Close 프레임을 보냅니다.',
    why: '페이지는 받은 Close 프레임의 상태 코드를 보고합니다(RFC 6455 §7.1.5).',
  },
  'server-close-custom': {
    translatedFrom: 'ea82e73a5e',
    title: '서버가 지정한 코드로 종료',
    description: '서버가 ?code=(3000–4999)와 ?reason=에 지정한 코드와 사유로 종료합니다.',
    why: '3000–4999의 코드는 바뀌지 않고 페이지에 전달됩니다(RFC 6455 §7.4.2).',
  },
  'client-close-1000': {
    translatedFrom: 'e0ae256398',
    title: '페이지가 1000으로 종료',
    description: '페이지가 open 후 close(1000)을 호출하고, 서버는 이를 되돌려 보냅니다.',
    why: 'close(1000)은 1000을 담은 Close 프레임을 보내고, 서버는 이를 되돌려 보냅니다(WHATWG close()).',
  },
  'client-close-custom': {
    translatedFrom: '78fdab0447',
    title: '페이지가 지정한 코드로 종료',
    description: '페이지가 3000–4999 범위의 코드와 사유로 close()를 호출합니다.',
    why: 'close()는 1000과 3000–4999를 받아들이고 그 코드를 보냅니다(WHATWG close()).',
  },
  'client-close-nocode': {
    translatedFrom: '31eaddb564',
    title: '페이지가 코드 없이 close() 호출',
    description: '페이지가 인자 없이 close()를 호출합니다. Close 프레임에 본문이 없으므로 서버는 1005로 봅니다.',
    why: '코드와 사유가 모두 없으면 Close 메시지에 본문이 없고(WHATWG close()), 빈 Close 프레임은 1005를 뜻합니다(RFC 6455 §7.1.5).',
  },
  'client-navigate-away': {
    translatedFrom: 'a0258ee001',
    title: '페이지가 다른 곳으로 이동',
    description: 'iframe에서 연 소켓의 문서가 이후 다른 곳으로 이동합니다.',
    why: '문서가 사라지면 그 소켓은 1001로 닫힙니다(WHATWG "make disappear").',
  },
  'server-empty-close': {
    translatedFrom: '9a93e35695',
    title: '서버가 빈 Close 프레임 전송',
    description: '서버가 페이로드 없는 Close 프레임을 보냅니다.',
    why: '상태 코드가 없는 Close 프레임은 1005로 보고됩니다(RFC 6455 §7.1.5).',
  },
  'server-drop-tcp': {
    translatedFrom: 'c5ce368049',
    title: '서버가 TCP 연결을 끊음',
    description: '서버가 Close 프레임을 보내지 않고 TCP 연결을 파괴합니다.',
    why: '전송 연결이 끊긴 클라이언트는 반드시 연결을 실패 처리해야 하므로(MUST, RFC 6455 §7.2.1) WHATWG 표준에서는 error가 발생하고, Close 프레임이 없으니 코드는 1006입니다(RFC 6455 §7.1.5).',
  },
  'server-sends-reserved-1004': {
    translatedFrom: 'bc7483201e',
    title: '서버가 1004를 실제로 전송',
    description: 'RFC 6455가 예약한 1004를 담은 raw Close 프레임입니다.',
    why: 'RFC 6455는 1004를 예약했지만 수신 측이 해야 할 처리는 정하지 않습니다.',
  },
  'server-sends-reserved-1005': {
    translatedFrom: '48855ba044',
    title: '서버가 1005를 실제로 전송',
    description: 'RFC 6455가 전송을 금지한(MUST NOT) 1005를 담은 raw Close 프레임입니다.',
    why: 'RFC 6455는 1005의 전송을 금지할(MUST NOT) 뿐, 받았을 때의 처리는 정하지 않습니다.',
  },
  'server-sends-reserved-1006': {
    translatedFrom: '23bb4327dc',
    title: '서버가 1006을 실제로 전송',
    description: 'RFC 6455가 전송을 금지한(MUST NOT) 1006을 담은 raw Close 프레임입니다.',
    why: 'RFC 6455는 1006의 전송을 금지할(MUST NOT) 뿐, 받았을 때의 처리는 정하지 않습니다.',
  },
  'server-sends-reserved-1015': {
    translatedFrom: '9c0f0a7fbc',
    title: '서버가 1015를 실제로 전송',
    description: 'RFC 6455가 전송을 금지한(MUST NOT) 1015를 담은 raw Close 프레임입니다.',
    why: 'RFC 6455는 1015의 전송을 금지할(MUST NOT) 뿐, 받았을 때의 처리는 정하지 않습니다.',
  },
  'server-sends-unused-999': {
    translatedFrom: '9441d28727',
    title: '서버가 미사용 코드 999 전송',
    description: '사용하지 않는 범위의 코드 999를 담은 raw Close 프레임입니다.',
    why: '0–999 코드는 사용하지 않으며(RFC 6455 §7.4.2), 수신 측의 반응은 RFC가 정하지 않습니다.',
  },
  'server-sends-unassigned-2000': {
    translatedFrom: 'e65b5f135d',
    title: '서버가 미할당 코드 2000 전송',
    description: '할당되지 않은 범위의 코드 2000을 담은 raw Close 프레임입니다.',
    why: '1016–2999 코드는 예약되었지만 할당되지 않았으며(RFC 6455 §7.4.2), 수신 측의 반응은 RFC가 정하지 않습니다.',
  },
  'server-close-3000': {
    translatedFrom: '378708cde6',
    title: '서버가 등록된 코드 3000으로 종료',
    description: '서버가 3000(Unauthorized)으로 종료합니다. IANA에 등록된 3000–3999 범위의 코드입니다.',
    why: '3000–3999의 코드는 바뀌지 않고 페이지에 전달됩니다(RFC 6455 §7.1.5, §7.4.2).',
  },
  'server-close-1-byte': {
    translatedFrom: 'fda894f5cd',
    title: '서버가 1바이트 Close 페이로드 전송',
    description: '본문이 한 바이트뿐이라 상태 코드를 담기에 너무 짧은 Close 프레임입니다.',
    why: 'Close 본문은 2바이트 상태 코드로 시작해야 하므로(RFC 6455 §5.5.1) 클라이언트는 연결을 실패 처리합니다.',
  },
  'server-invalid-utf8': {
    translatedFrom: 'bde47bdec2',
    title: '서버가 잘못된 UTF-8 텍스트 전송',
    description: '페이로드가 올바른 UTF-8이 아닌 텍스트 프레임입니다.',
    why: '텍스트 메시지에 잘못된 UTF-8이 있으면 반드시 연결을 실패 처리해야 하며(MUST, RFC 6455 §8.1), 그 코드는 1007입니다.',
  },
  'server-masked-frame': {
    translatedFrom: '4a4d89d020',
    title: '서버가 마스킹된 프레임 전송',
    description: 'RFC 6455 §5.1이 서버의 전송을 금지하는, MASK 비트가 설정된 텍스트 프레임입니다.',
    why: '마스킹된 프레임을 감지한 클라이언트는 반드시 연결을 닫아야 하며(MUST), 1002를 쓸 수 있습니다(RFC 6455 §5.1).',
  },
  'server-reserved-bits': {
    translatedFrom: '2860cb45f2',
    title: '서버가 확장 없이 RSV1 설정',
    description: '협상된 확장이 없는데도 RSV1이 설정된 텍스트 프레임입니다.',
    why: '협상된 확장 없이 RSV 비트가 설정되면 반드시 연결을 실패 처리해야 합니다(MUST, RFC 6455 §5.2).',
  },
  'message-too-big': {
    translatedFrom: '3782bd9068',
    title: '서버 허용치보다 큰 메시지',
    description:
      '서버는 `maxPayload`를 1 KiB로 설정한 `ws` 서버로, `ws` 서버가 메시지 크기를 제한하는 방식입니다. 페이지 스크립트가 5000바이트를 보내면 `ws`는 헤더만 보고 프레임을 거부합니다.',
    why: '서버가 1009 Message Too Big으로 종료합니다(RFC 6455 §7.4.1).',
  },
  'message-too-big-after-read': {
    translatedFrom: 'e0b4498d17',
    title: '앱 허용치보다 큰 메시지(먼저 읽음)',
    description:
      '서버가 5000바이트 메시지를 모두 읽은 뒤, 핸들러가 1 KiB 제한을 넘은 것을 확인하고 아직 읽는 상태에서 1009로 종료합니다.',
    why: '서버가 1009 Message Too Big으로 종료합니다(RFC 6455 §7.4.1).',
  },
  'text-to-binary-only': {
    translatedFrom: '1eb86b4bcc',
    title: '바이너리 전용 엔드포인트에 텍스트 전송',
    description: '엔드포인트는 바이너리 메시지만 받는데, 페이지 스크립트가 텍스트를 보냅니다.',
    why: '받을 수 없는 유형의 데이터를 받은 엔드포인트는 1003으로 닫습니다(RFC 6455 §7.4.1).',
  },
  'policy-violation': {
    translatedFrom: 'fbb6876789',
    title: '필수 토큰이 없는 메시지',
    description: '엔드포인트는 모든 메시지가 토큰으로 시작해야 하는데, 페이지 스크립트가 토큰 없는 메시지를 보냅니다.',
    why: '엔드포인트의 정책을 위반한 메시지에는 1008이 돌아옵니다(RFC 6455 §7.4.1).',
  },
  'internal-error': {
    translatedFrom: '7930e786e4',
    title: '메시지 핸들러가 예외를 던짐',
    description: '서버의 메시지 핸들러가 예외를 던지고, 오류 핸들러가 1011로 닫습니다.',
    why: '서버의 예기치 않은 상황에는 1011이 쓰입니다(RFC 6455 §7.4.1).',
  },
  'bad-gateway': {
    translatedFrom: '5d4ec4f5f9',
    title: '업스트림이 거부하는 게이트웨이',
    description: '실제로 동작하는 작은 프록시가 소켓을 받아들이고, 업스트림이 연결을 거부하자 1014로 닫습니다.',
    why: '업스트림에서 잘못된 응답을 받은 게이트웨이는 1014로 닫습니다(IANA 레지스트리).',
  },
  'tls-untrusted': {
    translatedFrom: '555103dcd7',
    title: '자체 서명 TLS 인증서',
    description: '시작할 때 생성한 자체 서명 인증서를 쓰는 wss:// 리스너입니다.',
    why: 'WHATWG 표준은 TLS를 포함한 모든 연결 실패를 1015가 아닌 1006으로 보고하도록 사용자 에이전트에 요구합니다.',
  },
  'handshake-403': {
    translatedFrom: '4c97394ca3',
    title: '서버가 403 응답으로 업그레이드 거부',
    description: '서버가 연결 핸드셰이크에 HTTP 403과 JSON 본문으로 응답합니다.',
    why: '101 이외의 응답은 연결 실패이며(RFC 6455 §4.1), 실패한 연결은 error 이벤트와 함께 1006으로 보고됩니다(WHATWG).',
  },
  'handshake-404': {
    translatedFrom: '702cd5c466',
    title: '서버가 404 응답으로 업그레이드 거부',
    description: '서버가 연결 핸드셰이크에 HTTP 404와 JSON 본문으로 응답합니다.',
    why: '101 이외의 응답은 연결 실패이며(RFC 6455 §4.1), 실패한 연결은 error 이벤트와 함께 1006으로 보고됩니다(WHATWG).',
  },
  'handshake-502': {
    translatedFrom: '6d3cf85b0c',
    title: '서버가 502 응답으로 업그레이드 거부',
    description: '서버가 연결 핸드셰이크에 HTTP 502와 JSON 본문으로 응답합니다.',
    why: '101 이외의 응답은 연결 실패이며(RFC 6455 §4.1), 실패한 연결은 error 이벤트와 함께 1006으로 보고됩니다(WHATWG).',
  },
  'handshake-200-no-upgrade': {
    translatedFrom: 'c8d603518c',
    title: '서버가 업그레이드 요청에 200 응답',
    description: '서버가 프로토콜을 전환하지 않고, 연결 핸드셰이크에 HTTP 200과 JSON 본문으로 응답합니다.',
    why: '101 이외의 응답은 연결 실패이며(RFC 6455 §4.1), 실패한 연결은 error 이벤트와 함께 1006으로 보고됩니다(WHATWG).',
  },
  'connection-refused': {
    translatedFrom: 'f7dc79cac9',
    title: '아무도 수신하지 않는 포트',
    description: '클라이언트가 서버가 시작할 때 비워 둔 데모 호스트의 포트에 접속해 TCP 연결이 거부됩니다.',
    why: '열 수 없는 연결은 실패하며(RFC 6455 §4.1), 실패한 연결은 error 이벤트와 함께 1006으로 보고됩니다(WHATWG).',
  },
  'server-no-close-reply': {
    translatedFrom: 'b6f70fd373',
    title: '서버가 페이지의 Close에 응답하지 않음',
    description:
      '페이지가 close(1000)을 호출하면 서버는 Close 프레임을 읽고도 응답하지 않다가 300 ms 뒤 TCP를 끊습니다.',
    why: '돌아온 Close 프레임이 없으니 종료 코드는 1006이고(RFC 6455 §7.1.5), 종료 핸드셰이크가 끝나지 않았으니 정상 종료가 아닙니다(RFC 6455 §7.1.4). error 이벤트 발생 여부는 열려 있습니다. RFC 6455 §7.2.1은 예기치 않은 끊김을 말하는데, 이번 끊김은 Close 뒤에 왔기 때문입니다.',
  },
  'client-close-1001': {
    translatedFrom: 'b932a52885',
    title: '페이지가 close(1001) 호출',
    description:
      '페이지가 close(1001, "going away")를 호출합니다. 예외가 나면 실행기는 이를 기록하고 인자 없이 close()를 호출합니다.',
    why: 'close()는 1000이나 3000–4999 이외의 코드에 InvalidAccessError를 던지므로(WHATWG close()) 1001은 전송되지 않고, 뒤이은 인자 없는 close()는 1005를 뜻하는 본문 없는 Close 프레임을 보냅니다(RFC 6455 §7.1.5).',
  },
  'client-close-reason-too-long': {
    translatedFrom: '38055616ca',
    title: '페이지가 124바이트 사유로 close(1000) 호출',
    description:
      '페이지가 Close 프레임 한도보다 한 바이트 긴 124바이트 사유로 close(1000, reason)을 호출합니다. 예외가 나면 실행기는 이를 기록하고 인자 없이 close()를 호출합니다.',
    why: '사유가 123바이트를 넘으면 close()가 SyntaxError를 던지므로(WHATWG close()) 아무것도 전송되지 않고, 뒤이은 인자 없는 close()는 1005를 뜻하는 본문 없는 Close 프레임을 보냅니다(RFC 6455 §7.1.5).',
  },
  'server-close-4401': {
    translatedFrom: 'f73de95bd1',
    title: '서버가 4401과 사유로 종료',
    description:
      '서버가 4401과 사유 "Unauthorized"로 종료합니다. 사설 용도 범위의 애플리케이션 코드에 사유를 붙인 경우입니다.',
    why: '4000–4999의 코드는 사유와 함께 바뀌지 않고 페이지에 전달됩니다(RFC 6455 §7.1.5, §7.4.2).',
  },
  echo: {
    translatedFrom: 'fbbf48f85b',
    title: '에코 후 1000으로 종료',
    description: '서버는 모든 메시지를 되돌려 보내고, 페이지 스크립트는 메시지 하나를 보낸 뒤 1000으로 종료합니다.',
    why: '에코된 메시지 뒤의 정상 종료입니다(RFC 6455 §7.4.1).',
  },
} satisfies ScenarioTranslations;
