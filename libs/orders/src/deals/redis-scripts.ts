/**
 * The Lua scripts of RedisReservationStore; InProcessReservationStore implements the same rules.
 * KEYS of every script: 1 counters (hash: q rem lim st ends v rb), 2 buyers (buyer -> units),
 * 3 pending (reservation id -> "buyer|qty|ms|key"), 4 markers (buyer|key -> r:<res id> | o:<order id>).
 * Times come from Redis (TIME), so processes with skewed clocks agree on a deal's end.
 * Numbers go back as integers (Lua's tostring would print big ones in exponent form).
 */

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

const PARSE = `
local function parse(e)
  local buyer, qty, at, key = string.match(e, '^([^|]*)|(%d+)|(%d+)|(.*)$')
  return buyer, tonumber(qty), tonumber(at), key
end
local function addBuyer(buyer, delta)
  local n = redis.call('HINCRBY', KEYS[2], buyer, delta)
  if n <= 0 then redis.call('HDEL', KEYS[2], buyer) end
end
`;

/** ARGV: buyer, key, qty, reservation id. */
export const RESERVE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'missing'} end
local field = ARGV[1] .. '|' .. ARGV[2]
local marker = redis.call('HGET', KEYS[4], field)
if marker then
  local id = string.sub(marker, 3)
  if string.sub(marker, 1, 1) == 'o' then return {'done', id} end
  if redis.call('HEXISTS', KEYS[3], id) == 1 then return {'busy'} end
end
local m = redis.call('HMGET', KEYS[1], 'rem', 'lim', 'st', 'ends', 'rb')
${NOW}
local rb = tonumber(m[5]) or 0
if m[3] ~= 'active' or now >= tonumber(m[4]) then return {'ended', 0, rb} end
local rem = tonumber(m[1])
local qty = tonumber(ARGV[3])
if rem <= 0 then return {'sold-out', 0, rb} end
if rem < qty then return {'short', rem, rb} end
local held = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
if held + qty > tonumber(m[2]) then return {'limit', held, rb} end
rem = redis.call('HINCRBY', KEYS[1], 'rem', -qty)
redis.call('HINCRBY', KEYS[2], ARGV[1], qty)
redis.call('HSET', KEYS[3], ARGV[4], ARGV[1] .. '|' .. qty .. '|' .. now .. '|' .. ARGV[2])
redis.call('HSET', KEYS[4], field, 'r:' .. ARGV[4])
return {'ok', rem, redis.call('HINCRBY', KEYS[1], 'v', 1)}
`;

const STATE_REPLY = `
local function state()
  local s = redis.call('HMGET', KEYS[1], 'rem', 'st')
  local rem = tonumber(s[1])
  if s[2] ~= 'active' then rem = 0 end
  return {rem, redis.call('HINCRBY', KEYS[1], 'v', 1), s[2]}
end
`;

/** ARGV: ttl ms, then per item: reservation id, buyer, qty, key. Replies {remaining, version, status} or {}. */
export const COMMIT = `
${PARSE}
${STATE_REPLY}
local exists = redis.call('EXISTS', KEYS[1]) == 1
for i = 2, #ARGV, 4 do
  local id, buyer, qty = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  local field = buyer .. '|' .. ARGV[i + 3]
  local had = redis.call('HDEL', KEYS[3], id)
  if had == 0 and exists and redis.call('HGET', KEYS[4], field) ~= 'o:' .. id then
    -- reserved in an earlier incarnation of the counters, which then missed this order
    redis.call('HINCRBY', KEYS[1], 'rem', -qty)
    redis.call('HINCRBY', KEYS[2], buyer, qty)
  end
  redis.call('HSET', KEYS[4], field, 'o:' .. id)
end
if not exists then
  if redis.call('PTTL', KEYS[4]) < 0 then redis.call('PEXPIRE', KEYS[4], ARGV[1]) end
  return {}
end
return state()
`;

/** ARGV per item: reservation id, buyer, qty, key. */
export const RELEASE = `
${PARSE}
${STATE_REPLY}
if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
for i = 1, #ARGV, 4 do
  local id, buyer, qty = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  if redis.call('HDEL', KEYS[3], id) == 1 then
    redis.call('HINCRBY', KEYS[1], 'rem', qty)
    addBuyer(buyer, -qty)
    local field = buyer .. '|' .. ARGV[i + 3]
    if redis.call('HGET', KEYS[4], field) == 'r:' .. id then redis.call('HDEL', KEYS[4], field) end
  end
end
return state()
`;

/** ARGV per item: buyer, qty. */
export const GIVE_BACK = `
${PARSE}
${STATE_REPLY}
if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
for i = 1, #ARGV, 2 do
  redis.call('HINCRBY', KEYS[1], 'rem', tonumber(ARGV[i + 1]))
  addBuyer(ARGV[i], -tonumber(ARGV[i + 1]))
end
return state()
`;

/** Markers first (chunks), then LOAD: ARGV pairs field, order id. */
export const MERGE_MARKERS = `
for i = 1, #ARGV - 1, 2 do redis.call('HSET', KEYS[4], ARGV[i], 'o:' .. ARGV[i + 1]) end
redis.call('PEXPIRE', KEYS[4], ARGV[#ARGV])
return 1
`;

/** ARGV: quantity, sold, limit, status, ends ms, ttl ms, complete (1: rebuilt-at 0), then buyer, units pairs. */
export const LOAD = `
${NOW}
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
for i = 8, #ARGV, 2 do redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1]) end
-- The version restarts at the time in microseconds, built as a string (a Lua number would print as 1.79e+15).
local v = t[1] .. string.format('%06d', tonumber(t[2]))
redis.call('HSET', KEYS[1], 'q', ARGV[1], 'rem', tonumber(ARGV[1]) - tonumber(ARGV[2]), 'lim', ARGV[3],
  'st', ARGV[4], 'ends', ARGV[5], 'v', v, 'rb', ARGV[7] == '1' and 0 or now)
for k = 1, 4 do redis.call('PEXPIRE', KEYS[k], ARGV[6]) end
return 1
`;

/**
 * ARGV: quantity, sold, limit, status, ends ms, n committed, ids..., n stale, ids..., then buyer,
 * units pairs (MySQL's holdings). Replies {'missing'} or {'ok', remainingFixed, before, after,
 * buyersFixed, metaFixed, committed, released, remaining, version, status}.
 */
export const RECONCILE = `
${PARSE}
if redis.call('EXISTS', KEYS[1]) == 0 then return {'missing'} end
local q, sold, st = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[4]
local i = 6
local committed, released = 0, 0
local n = tonumber(ARGV[i]); i = i + 1
for j = 1, n do
  local e = redis.call('HGET', KEYS[3], ARGV[i])
  if e then
    local buyer, qty, at, key = parse(e)
    redis.call('HDEL', KEYS[3], ARGV[i])
    redis.call('HSET', KEYS[4], buyer .. '|' .. key, 'o:' .. ARGV[i])
    committed = committed + 1
  end
  i = i + 1
end
n = tonumber(ARGV[i]); i = i + 1
for j = 1, n do
  local e = redis.call('HGET', KEYS[3], ARGV[i])
  if e then
    local buyer, qty, at, key = parse(e)
    redis.call('HDEL', KEYS[3], ARGV[i])
    redis.call('HINCRBY', KEYS[1], 'rem', qty)
    addBuyer(buyer, -qty)
    if redis.call('HGET', KEYS[4], buyer .. '|' .. key) == 'r:' .. ARGV[i] then redis.call('HDEL', KEYS[4], buyer .. '|' .. key) end
    released = released + 1
  end
  i = i + 1
end
local expected = {}
while i < #ARGV do
  expected[ARGV[i]] = tonumber(ARGV[i + 1])
  i = i + 2
end
local pendingTotal = 0
local p = redis.call('HVALS', KEYS[3])
for j = 1, #p do
  local buyer, qty = parse(p[j])
  pendingTotal = pendingTotal + qty
  expected[buyer] = (expected[buyer] or 0) + qty
end
local buyersFixed = 0
local b = redis.call('HGETALL', KEYS[2])
for j = 1, #b, 2 do
  local want = expected[b[j]] or 0
  expected[b[j]] = nil
  if tonumber(b[j + 1]) ~= want then
    buyersFixed = buyersFixed + 1
    if want > 0 then redis.call('HSET', KEYS[2], b[j], want) else redis.call('HDEL', KEYS[2], b[j]) end
  end
end
for buyer, want in pairs(expected) do
  if want > 0 then
    buyersFixed = buyersFixed + 1
    redis.call('HSET', KEYS[2], buyer, want)
  end
end
local before = tonumber(redis.call('HGET', KEYS[1], 'rem'))
local after = before
local remainingFixed = 0
if st == 'active' and before ~= q - sold - pendingTotal then
  after = q - sold - pendingTotal
  redis.call('HSET', KEYS[1], 'rem', after)
  remainingFixed = 1
end
local metaFixed = 0
local fields = {{'q', ARGV[1]}, {'lim', ARGV[3]}, {'st', ARGV[4]}, {'ends', ARGV[5]}}
for j = 1, #fields do
  if redis.call('HGET', KEYS[1], fields[j][1]) ~= fields[j][2] then
    metaFixed = metaFixed + 1
    redis.call('HSET', KEYS[1], fields[j][1], fields[j][2])
  end
end
local v = redis.call('HINCRBY', KEYS[1], 'v', 1)
if st ~= 'active' then after = 0 end
return {'ok', remainingFixed, before, after, buyersFixed, metaFixed, committed, released, after, v, st}
`;

/** Reads: {remaining, version, status} per deal (empty when missing). KEYS: the deals' counters. */
export const STATE = `
local out = {}
for k = 1, #KEYS do
  local s = redis.call('HMGET', KEYS[k], 'rem', 'v', 'st')
  if s[3] then
    local rem = tonumber(s[1])
    if s[3] ~= 'active' then rem = 0 end
    out[k] = {rem, tonumber(s[2]), s[3]}
  else
    out[k] = {}
  end
end
return out
`;

/** ARGV: ttl ms. */
export const END = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'st', 'ended')
redis.call('HINCRBY', KEYS[1], 'v', 1)
for k = 1, 4 do redis.call('PEXPIRE', KEYS[k], ARGV[1]) end
return 1
`;
