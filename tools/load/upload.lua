-- wrk script: POST one file as the multipart field "file" (an allowed-size upload), over and over.
-- Usage: UPLOAD=big.txt wrk -t2 -c8 -d30s -s tools/load/upload.lua http://127.0.0.1:5080/api/check
--        UPLOAD=portfolio.csv wrk -t2 -c8 -d30s -s tools/load/upload.lua http://127.0.0.1:5080/api/portfolio
-- Prints the answers by status at the end (503 = "busy, retry": the work limiter turning work away).
local path = os.getenv("UPLOAD") or error("set UPLOAD to the file to send")
local file = assert(io.open(path, "rb"))
local content = file:read("*a")
file:close()
local name = path:match("([^/]+)$")
local boundary = "sourcewise-load-boundary"
wrk.method = "POST"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.body = "--" .. boundary .. "\r\n" ..
  "Content-Disposition: form-data; name=\"file\"; filename=\"" .. name .. "\"\r\n" ..
  "Content-Type: application/octet-stream\r\n\r\n" .. content .. "\r\n--" .. boundary .. "--\r\n"

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  -- response() runs in the worker threads; wrk only reports its own totals here.
  io.write(string.format("requests: %d, non-2xx/3xx: %d, socket errors (connect/read/write/timeout): %d/%d/%d/%d\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout))
end
