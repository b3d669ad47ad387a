-- wrk script: counts HTTP 200 and non-200 responses across all threads, so a
-- run that was redirected to /login (3xx, which wrk counts as success) or
-- rate-limited is detected. Prints "Status 200: N" and "Status other: N".
-- With BENCH_ROTATE=1, each request carries the next of the session cookies listed one per line in
-- $BENCH_SESSIONS_FILE, so the load comes from many signed-in users rather than one shared session.
local threads = {}
local sessions = {}
local counter = 0

if os.getenv("BENCH_ROTATE") == "1" and os.getenv("BENCH_SESSIONS_FILE") then
	for line in io.lines(os.getenv("BENCH_SESSIONS_FILE")) do
		if line ~= "" then
			sessions[#sessions + 1] = line
		end
	end
end

if #sessions > 0 then
	function request()
		counter = counter + 1
		return wrk.format(nil, nil, { ["Cookie"] = "SESSION=" .. sessions[(counter % #sessions) + 1] })
	end
end

function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	ok = 0
	other = 0
	last_other = 0
end

function response(status, headers, body)
	if status == 200 then
		ok = ok + 1
	else
		other = other + 1
		last_other = status
	end
end

function done(summary, latency, requests)
	local total_ok, total_other, seen = 0, 0, 0
	for _, t in ipairs(threads) do
		total_ok = total_ok + t:get("ok")
		total_other = total_other + t:get("other")
		if t:get("last_other") ~= 0 then
			seen = t:get("last_other")
		end
	end
	io.write(string.format("Status 200: %d\n", total_ok))
	io.write(string.format("Status other: %d\n", total_other))
	if total_other > 0 then
		io.write(string.format("Status other example: %d\n", seen))
	end
end
