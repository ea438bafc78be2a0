/**
 * How the lab drives each client (`client.driven` of the lab's measurements,
 * written by `src/lab/clients/`), in Korean, one entry per lab client (a
 * missing or extra id does not compile). `translatedFrom` is the hash of the
 * English it was translated from; see `src/i18n/textTranslation.ts`.
 */
import type { TextTranslation } from '../../i18n/textTranslation.ts';
import type { ClientId } from '../clientIds.ts';

export const KO_CLIENT_METHOD_TEXT = {
  chromium: {
    translatedFrom: '8bffd34e21',
    driven:
      'Debian의 Chromium을 headless로 실행하고 Playwright로 구동합니다. 각 시나리오는 실험실 페이지가 페이지 자신의 WebSocket으로 실행합니다. 콘솔 줄은 Playwright의 console, pageerror 이벤트에서 가져옵니다.',
  },
  firefox: {
    translatedFrom: 'dbe681cd97',
    driven:
      'Debian의 Firefox ESR을 headless로 실행하고 WebDriver BiDi로 연결한 Puppeteer로 구동합니다. 각 시나리오는 실험실 페이지가 페이지 자신의 WebSocket으로 실행합니다. 콘솔 줄은 Puppeteer의 console, pageerror 이벤트에서 가져옵니다(Firefox의 WebSocket 오류는 페이지 오류로 들어옵니다).',
  },
  webkitgtk: {
    translatedFrom: '114fe0584e',
    driven:
      'Xvfb에서 실행한 WebKitGTK MiniBrowser를 WebKitWebDriver(W3C WebDriver, selenium-webdriver 경유)로 구동합니다. 각 시나리오는 실험실 페이지가 페이지 자신의 WebSocket으로 실행합니다. WebKitWebDriver는 콘솔 로그를 제공하지 않으므로 콘솔 줄은 기록되지 않습니다.',
  },
  node: {
    translatedFrom: 'eee69ca8da',
    driven:
      'Node의 전역 WebSocket(undici)을 실험실 자신의 Node 프로세스에서, 브라우저와 같은 실행기로 구동합니다. 메시지는 error 이벤트의 message와 close()가 던지는 예외입니다.',
  },
  ws: {
    translatedFrom: 'f3ca95808e',
    driven:
      'ws 패키지의 클라이언트를 실험실 자신의 Node 프로세스에서, 브라우저와 같은 실행기로 구동합니다(ws는 onopen/onclose/onerror API를 구현합니다). 메시지는 error 이벤트의 message와 close()가 던지는 예외입니다.',
  },
  bun: {
    translatedFrom: '02d7a50767',
    driven:
      'npm 패키지 bun의 Bun으로 실험실의 플레이어(src/lab/players/webSocketPlayer.ts)를 실행하며, 플레이어는 브라우저와 같은 실행기로 Bun의 전역 WebSocket을 써서 각 시나리오를 실행합니다. 메시지는 error 이벤트의 message와 close()가 던지는 예외입니다.',
  },
  deno: {
    translatedFrom: '968dc11220',
    driven:
      'npm 패키지 deno의 Deno로 실험실의 플레이어(src/lab/players/webSocketPlayer.ts)를 --allow-net과 함께 실행하며, 플레이어는 브라우저와 같은 실행기로 Deno의 전역 WebSocket을 써서 각 시나리오를 실행합니다. 메시지는 error 이벤트의 message와 close()가 던지는 예외입니다.',
  },
  'python-websockets': {
    translatedFrom: '7f8e7c7d03',
    driven:
      'Debian의 /usr/bin/python3로 실험실의 플레이어(src/lab/players/python_player.py)를 실행하며, websockets.connect()를 기본 설정으로 씁니다. Python에는 WebSocket 이벤트가 없으므로 open은 connect()의 반환, message는 각 recv(), error는 ConnectionClosedOK(정상 종료) 이외에 발생한 각 예외, close는 close_code와 close_reason을 남긴 연결 종료입니다. 메시지는 각 예외의 클래스와 텍스트이며, wasClean에 해당하는 값은 없습니다.',
  },
  'go-gorilla': {
    translatedFrom: '7d43bcb68d',
    driven:
      '실험실의 플레이어(src/lab/players/gorilla/main.go)로, Debian의 Go와 Debian의 gorilla/websocket으로 오프라인 빌드했으며 DefaultDialer와 라이브러리 기본값을 씁니다. Go에는 WebSocket 이벤트가 없으므로 open은 Dial의 반환, message는 각 ReadMessage, close는 ReadMessage가 돌려준 *CloseError(그 코드와 텍스트), error는 그 밖의 모든 오류입니다. 메시지는 각 오류의 Error() 문자열이며, wasClean에 해당하는 값은 없습니다.',
  },
} satisfies Record<ClientId, TextTranslation<'driven'>>;
