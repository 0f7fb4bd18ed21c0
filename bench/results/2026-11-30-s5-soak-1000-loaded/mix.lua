-- One request after another over plans 1..1000 and a list of search terms, so output and data caches see
-- many distinct keys, as a portal does in a day.
local terms = { "人才", "教育", "海洋", "网", "5%", "5G基站", "数字经济", "营商环境", "碳排放", "乡村振兴",
  "养老", "医疗卫生", "高质量发展", "生态", "交通", "城市更新", "创新", "文化", "就业", "R&D" }
local kinds = { "/", "/plans/%d", "/plans/%d/indicators/1", "/plans/%d/dashboard", "/search?q=%s",
  "/api/search?q=%s", "/api/plans/%d/outline", "/plans/%d/source" }
local n = 0
local function enc(s) return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
request = function()
  n = n + 1
  local k = kinds[(n % #kinds) + 1]
  local path
  if k:find("%%s") then path = string.format(k, enc(terms[(n % #terms) + 1]))
  elseif k:find("%%d") then path = string.format(k, (n * 7919) % 1000 + 1)
  else path = k end
  return wrk.format("GET", path)
end
