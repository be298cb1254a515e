-- wrk script: POST one work profile to /api/assess.
-- Usage: wrk -t2 -c32 -d10s --latency -s tools/load/assess.lua http://127.0.0.1:5080/api/assess
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{ "name": "Payments API", "stage": "series-b", "workType": "product", "differentiating": true,
  "requirementVolatility": "high", "scopeClarity": "low", "leadershipBandwidth": "high", "ipSensitivity": "high",
  "knowledgeRetention": "high", "durationMonths": 12, "ongoing": false, "measurableServiceLevel": false,
  "scalingUrgency": "medium", "costPriority": "balanced", "nextSprintPlanned": true, "skillGap": true,
  "considering": "project-outsourcing" }]]

local errors = 0
function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", errors))
end
