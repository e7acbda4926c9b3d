-- wrk script: cycles through the bench's query mix (paths passed in the PATHS env variable,
-- separated by newlines) and prints one machine-readable line with the latency percentiles.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/api/v1/search", "[^\n]+") do
  paths[#paths + 1] = p
end

local threads = {}
local next_index = 0

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  next_index = (id or 0) * 3
end

function request()
  next_index = next_index + 1
  return wrk.format("GET", paths[(next_index % #paths) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK-RESULT requests=%d duration_us=%d bytes=%d connect=%d read=%d write=%d status=%d timeout=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
