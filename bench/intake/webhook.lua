-- wrk script: POSTs the signed delivery with a fresh X-GitHub-Delivery id on every request,
-- so no server can answer from a duplicate cache.
local body = io.open(os.getenv("BODY_FILE")):read("*a")
local signature = io.open(os.getenv("SIG_FILE")):read("*a")
local counter = 0
local prefix = tostring({}):sub(8)

wrk.method = "POST"
wrk.path = "/api/github/webhooks"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-GitHub-Event"] = "pull_request"
wrk.headers["X-Hub-Signature-256"] = signature

-- wrk.format does not merge header tables: pass every header each time.
request = function()
  counter = counter + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["X-GitHub-Delivery"] = prefix .. "-" .. counter
  return wrk.format(nil, nil, headers, nil)
end
