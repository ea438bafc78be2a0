// The lab's player for the Go client github.com/gorilla/websocket, built
// offline against Debian's package (GO111MODULE=off GOPATH=/usr/share/gocode).
//
// The protocol is the one in playerProtocol.ts: a hello line, then one JSON
// answer per JSON request line. Go has no WebSocket events, so they are
// mapped: "open" when Dial returns, "message" for each ReadMessage, "close"
// when ReadMessage returns a *CloseError (its code and text), and "error"
// for any other error. Every error's Error() string is recorded; wasClean
// has no counterpart and is null. The dialer and the connection keep the
// library's defaults, as a program that asks for nothing gets them.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/gorilla/websocket"
)

type sendSpec struct {
	Type  string `json:"type"`
	Bytes int    `json:"bytes"`
}

type closeSpec struct {
	Code   *int    `json:"code"`
	Reason *string `json:"reason"`
}

type request struct {
	URL       string     `json:"url"`
	Send      *sendSpec  `json:"send"`
	CloseWith *closeSpec `json:"closeWith"`
	TimeoutMs int        `json:"timeoutMs"`
}

type event struct {
	Type     string  `json:"type"`
	At       int64   `json:"at"`
	Code     *int    `json:"code,omitempty"`
	Reason   *string `json:"reason,omitempty"`
	WasClean *bool   `json:"wasClean"`
	Bytes    *int    `json:"bytes,omitempty"`
}

type closeInfo struct {
	Code     int    `json:"code"`
	Reason   string `json:"reason"`
	WasClean *bool  `json:"wasClean"`
}

type message struct {
	Via  string `json:"via"`
	Text string `json:"text"`
}

type play struct {
	Events   []event    `json:"events"`
	Close    *closeInfo `json:"close"`
	Messages []message  `json:"messages"`
}

func run(req request) play {
	started := time.Now()
	at := func() int64 { return time.Since(started).Milliseconds() }
	out := play{Events: []event{}, Messages: []message{}}
	failed := func(err error) {
		out.Events = append(out.Events, event{Type: "error", At: at()})
		out.Messages = append(out.Messages, message{Via: "exception", Text: err.Error()})
	}
	deadline := started.Add(time.Duration(req.TimeoutMs) * time.Millisecond)

	conn, _, err := websocket.DefaultDialer.Dial(req.URL, nil)
	if err != nil {
		failed(err)
		return out
	}
	defer conn.Close()
	out.Events = append(out.Events, event{Type: "open", At: at()})

	closeNow := func() {
		payload := websocket.FormatCloseMessage(websocket.CloseNoStatusReceived, "")
		if req.CloseWith.Code != nil {
			reason := ""
			if req.CloseWith.Reason != nil {
				reason = *req.CloseWith.Reason
			}
			payload = websocket.FormatCloseMessage(*req.CloseWith.Code, reason)
		}
		if err := conn.WriteControl(websocket.CloseMessage, payload, deadline); err != nil {
			failed(err)
			_ = conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNoStatusReceived, ""), deadline)
		}
	}

	if req.Send != nil {
		kind, payload := websocket.BinaryMessage, make([]byte, req.Send.Bytes)
		if req.Send.Type == "text" {
			kind, payload = websocket.TextMessage, []byte(strings.Repeat("x", req.Send.Bytes))
		}
		if err := conn.WriteMessage(kind, payload); err != nil {
			failed(err)
		}
	}
	if req.CloseWith != nil && req.Send == nil {
		closeNow()
	}
	_ = conn.SetReadDeadline(deadline)
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			var closeErr *websocket.CloseError
			var netErr interface{ Timeout() bool }
			switch {
			case errors.As(err, &closeErr):
				code, reason := closeErr.Code, closeErr.Text
				out.Close = &closeInfo{Code: code, Reason: reason}
				out.Events = append(out.Events, event{Type: "close", At: at(), Code: &code, Reason: &reason})
				out.Messages = append(out.Messages, message{Via: "exception", Text: err.Error()})
			case errors.As(err, &netErr) && netErr.Timeout():
				out.Events = append(out.Events, event{Type: "timeout", At: at()})
			default:
				failed(err)
			}
			return out
		}
		size := len(data)
		out.Events = append(out.Events, event{Type: "message", At: at(), Bytes: &size})
		if req.CloseWith != nil {
			closeNow()
		}
	}
}

func main() {
	out := json.NewEncoder(os.Stdout)
	_ = out.Encode(map[string]string{"version": "Go " + runtime.Version()})
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	for in.Scan() {
		line := strings.TrimSpace(in.Text())
		if line == "" {
			continue
		}
		var req request
		if err := json.Unmarshal([]byte(line), &req); err != nil {
			os.Exit(2)
		}
		_ = out.Encode(run(req))
	}
}
