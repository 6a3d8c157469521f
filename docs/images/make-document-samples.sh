#!/usr/bin/env bash
# Runs one car through two visits over the API, as the staff would, downloads every printed document
# and renders page 1 of each to PNG (the images in docs/documents.md).
#
#   docs/images/make-document-samples.sh [output-folder]     (default: docs/images)
#
# Needs: dotnet, curl, jq, python3, poppler-utils (pdftoppm). Starts its own API on a scratch
# database on a random port (PORT chooses one) and stops it at the end. Set PDF_DIR to keep the PDFs.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$(realpath -m "${1:-$ROOT/docs/images}")"
PORT="${PORT:-$((20000 + RANDOM % 20000))}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
PDFS="${PDF_DIR:-$WORK/pdf}"
mkdir -p "$OUT" "$PDFS"

export ASPNETCORE_URLS="$BASE" ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Workshop="Data Source=$WORK/workshop.db"
export Bootstrap__ManagerPassword="sample-manager-password"
export Shop__Name="北京鑫达汽车销售服务有限公司 售后服务部 Xinda Motors After-Sales"
export Shop__Address="北京市朝阳区东四环中路88号 88 East 4th Ring Middle Rd, Chaoyang, Beijing"
export Shop__Phone="010-6588 1234"
export Shop__LicenceNumber="京交运管许可朝字110105001234号"

dotnet run --project "$ROOT/src/WorkshopAdvisor.Api" --no-launch-profile >"$WORK/api.log" 2>&1 &
API_PID=$!
trap 'kill $API_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 300); do curl -sf "$BASE/openapi/v1.json" >/dev/null && break; sleep 1; done

# call METHOD PATH TOKEN [JSON]: prints the response body, fails loudly on an HTTP error.
call() {
  local body
  body=$(curl -sS -X "$1" "$BASE$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+-d "$4"} -w '\n%{http_code}')
  local code="${body##*$'\n'}"
  body="${body%$'\n'*}"
  if [[ "$code" -ge 400 ]]; then echo "$1 $2 -> $code: $body" >&2; exit 1; fi
  printf '%s' "$body"
}
token() { curl -sf "$BASE/auth/token" -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$2\"}" | jq -r .accessToken; }
in_hours() { date -u -d "+$1 hours" +%Y-%m-%dT%H:%M:00Z; }

MANAGER=$(token manager sample-manager-password)
staff() { # user name, display name, role
  call POST /users "$MANAGER" "{\"userName\":\"$1\",\"displayName\":\"$2\",\"role\":\"$3\",\"password\":\"password-$1\"}" | jq -r .id
}
staff wangfang 王芳 Advisor >/dev/null
TECH_ID=$(staff liqiang 李强 Technician)
staff zhaomin 赵敏 Inspector >/dev/null
staff chengang 陈刚 Foreman >/dev/null
ADVISOR=$(token wangfang password-wangfang)
TECH=$(token liqiang password-liqiang)
INSPECTOR=$(token zhaomin password-zhaomin)
FOREMAN=$(token chengang password-chengang)

# A signature as drawn on the counter's pad: a transparent PNG with one blue stroke.
signature() {
  python3 - "$1" <<'PY'
import base64, math, struct, sys, zlib
w, h, seed = 300, 90, int(sys.argv[1])
rows = []
for y in range(h):
    row = bytearray([0])
    for x in range(w):
        cy = h / 2 + (h / 3.2) * math.sin(x / (9.0 + seed)) * math.cos(x / (37.0 + 3 * seed))
        row += bytes((20, 40, 140, 255)) if abs(y - cy) < 2.2 and 12 < x < w - 12 else bytes(4)
    rows.append(bytes(row))
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
print(base64.b64encode(png).decode())
PY
}

VIN=$(python3 - <<'PY'
chars = "LSVAE6A40MN123456"  # SAIC-Volkswagen style; position 9 recomputed below
values = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
          **dict(zip("STUVWXYZ", range(2, 10)))}
weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
r = sum(values[c] * w for c, w in zip(chars, weights)) % 11
print(chars[:8] + ("X" if r == 10 else str(r)) + chars[9:])
PY
)
CUSTOMER=$(call POST /customers "$ADVISOR" '{"name":"张伟","phones":["13912345678"],"address":"北京市朝阳区望京西路48号院3号楼2单元501室","class":"B"}' | jq -r .id)
VEHICLE=$(call POST "/customers/$CUSTOMER/vehicles" "$ADVISOR" "{\"vin\":\"$VIN\",\"plate\":\"京A12345\",\"model\":\"大众 帕萨特 330TSI 豪华版 2021款\",\"engineNumber\":\"DKV123456\",\"vehicleClass\":\"Car\",\"odometerKm\":38500}" | jq -r .id)

# ---- Visit 1: a minor repair, handed over.
O1=$(call POST /repair-orders "$ADVISOR" "{\"vehicleId\":$VEHICLE,\"odometerKm\":38560,\"fuelLevelPercent\":75,\"accessories\":[{\"name\":\"备胎\",\"count\":1}],\"valuablesReminderAcknowledged\":true,\"customerDescription\":\"左后轮慢撒气，每周要打一次气。\",\"customerWaits\":true,\"keepsOldParts\":false}" | jq -r .id)
call PUT "/repair-orders/$O1/diagnosis" "$ADVISOR" '{"frequency":"Always","jointLiftCheckDone":true,"findings":["左后轮胎面扎钉"]}' >/dev/null
call POST "/repair-orders/$O1/estimates" "$ADVISOR" "{\"category\":\"MinorRepair\",\"promisedCompletionAt\":\"$(in_hours 2)\",\"labourLines\":[{\"description\":\"补胎（左后轮）\",\"hours\":0.5,\"rate\":120}],\"partLines\":[{\"partNumber\":\"TR-PATCH-M\",\"name\":\"蘑菇钉补胎片\",\"quantity\":1,\"unitPrice\":25,\"grade\":\"Equivalent\"}]}" >/dev/null
call POST "/repair-orders/$O1/estimates/1/decision" "$ADVISOR" '{"approvedLines":[1,2],"declinedLines":[],"decidedBy":"张伟"}' >/dev/null
call PUT "/repair-orders/$O1/signatures/Advisor" "$ADVISOR" "{\"imagePng\":\"$(signature 1)\"}" >/dev/null
call PUT "/repair-orders/$O1/signatures/Customer" "$ADVISOR" "{\"signerName\":\"张伟\",\"imagePng\":\"$(signature 4)\"}" >/dev/null
call POST "/repair-orders/$O1/jobs/1/dispatch" "$FOREMAN" "{\"technicianId\":$TECH_ID}" >/dev/null
call POST "/repair-orders/$O1/jobs/1/start" "$TECH" >/dev/null
call POST "/repair-orders/$O1/jobs/1/finish" "$TECH" >/dev/null
call POST "/repair-orders/$O1/final-inspection" "$INSPECTOR" '{"jobChecks":[{"jobNumber":1,"passed":true}],"steeringOk":true,"brakesOk":true,"connectionsTight":true,"accessoriesComplete":true,"roadTestRequired":false,"odometerKm":38563}' >/dev/null
call POST "/repair-orders/$O1/handover" "$ADVISOR" "{\"amountPaid\":85.00,\"paymentMethod\":\"微信\",\"acceptedBy\":\"张伟\",\"accessories\":[{\"name\":\"备胎\",\"count\":1}],\"acceptanceSignaturePng\":\"$(signature 4)\"}" >/dev/null

# ---- Visit 2: level-2 maintenance with a repair, an extra fault found, a certificate.
O2=$(call POST /repair-orders "$ADVISOR" "$(jq -n --argjson v "$VEHICLE" '{vehicleId:$v, odometerKm:45230, fuelLevelPercent:50,
  accessories:[{name:"备胎",count:1},{name:"千斤顶",count:1},{name:"脚垫",count:4},{name:"行车记录仪",count:1}],
  damageNotes:[{area:"左前门",description:"划痕约5cm"},{area:"后保险杠",description:"右侧轻微凹陷"}],
  valuablesReminderAcknowledged:true,
  customerDescription:"冷车启动时发动机前部有“哒哒”异响，持续约3秒后消失，最近两周明显。顺便做二级维护。",
  customerWaits:false, keepsOldParts:true}')" | jq -r .id)
call PUT "/repair-orders/$O2/diagnosis" "$ADVISOR" '{"engineTemperature":"Cold","frequency":"Always","since":"两周前","lastMaintenance":"2026-06 本店小保养，38,500 km","jointLiftCheckDone":true,"jointRoadTestDone":false,"findings":["正时链条张紧器磨损，冷启动时链条拍击","机油接近更换周期"]}' >/dev/null
call POST "/repair-orders/$O2/estimates" "$ADVISOR" "$(jq -n --arg p "$(in_hours 30)" '{category:"Level2Maintenance", promisedCompletionAt:$p, ceiling:3000,
  labourLines:[
    {description:"二级维护（全车检查、紧固、润滑）",hours:3.0,rate:180},
    {description:"更换正时链条张紧器",hours:2.5,rate:180},
    {description:"更换机油机滤",hours:0.5,rate:180},
    {description:"四轮定位",hours:1.0,rate:200,system:"Steering"},
    {description:"清洗节气门",hours:0.8,rate:180}],
  partLines:[
    {partNumber:"06K109467K",name:"正时链条张紧器",quantity:1,unitPrice:685.50,grade:"Genuine"},
    {partNumber:"G052195M4",name:"机油 5W-40（1L）",quantity:4.5,unitPrice:78.00,grade:"Genuine"},
    {partNumber:"06L115562B",name:"机油滤清器",quantity:1,unitPrice:68.00,grade:"Equivalent"},
    {partNumber:"N90813202",name:"放油螺栓密封垫",quantity:1,unitPrice:4.50,grade:"Genuine"},
    {partNumber:"5Q0819653",name:"空调滤清器（活性炭）",quantity:1,unitPrice:128.00,grade:"Equivalent"}]}')" >/dev/null
call POST "/repair-orders/$O2/estimates/1/decision" "$ADVISOR" '{"approvedLines":[1,2,3,4,6,7,8,9],"declinedLines":[5,10],"decidedBy":"张伟"}' >/dev/null
call PUT "/repair-orders/$O2/signatures/Advisor" "$ADVISOR" "{\"imagePng\":\"$(signature 1)\"}" >/dev/null
call PUT "/repair-orders/$O2/signatures/Customer" "$ADVISOR" "{\"signerName\":\"张伟\",\"imagePng\":\"$(signature 4)\"}" >/dev/null
for job in 1 2 3 4; do
  call POST "/repair-orders/$O2/jobs/$job/dispatch" "$FOREMAN" "{\"technicianId\":$TECH_ID}" >/dev/null
  call POST "/repair-orders/$O2/jobs/$job/start" "$TECH" >/dev/null
done
call POST "/repair-orders/$O2/extra-faults" "$TECH" '{"description":"左前刹车片磨损至3mm，低于更换标准","jobNumber":1,"safety":true}' >/dev/null
call POST "/repair-orders/$O2/extra-faults" "$TECH" '{"description":"右后轮胎胎面有裂纹，建议更换","jobNumber":1,"safety":true}' >/dev/null
# The brake pads take the charges over the ¥3,000 ceiling: the supplement proposes a new one, the customer consents.
call POST "/repair-orders/$O2/supplementary-estimates" "$ADVISOR" '{"ceiling":3500,"labourLines":[{"description":"更换前刹车片","hours":1.0,"rate":180,"system":"Brakes"}],"partLines":[{"partNumber":"5Q0698151","name":"前刹车片（套）","quantity":1,"unitPrice":420.00,"grade":"Genuine"}],"extraFaultNumbers":[1]}' >/dev/null
call POST "/repair-orders/$O2/estimates/2/decision" "$ADVISOR" '{"approvedLines":[1,2],"declinedLines":[],"decidedBy":"张伟","consentedCeiling":3500}' >/dev/null
call POST "/repair-orders/$O2/extra-faults/2/decline" "$ADVISOR" '{"declinedBy":"张伟"}' >/dev/null
call POST "/repair-orders/$O2/jobs/5/dispatch" "$FOREMAN" "{\"technicianId\":$TECH_ID}" >/dev/null
call POST "/repair-orders/$O2/jobs/5/start" "$TECH" >/dev/null
for job in 1 2 3 4 5; do call POST "/repair-orders/$O2/jobs/$job/finish" "$TECH" >/dev/null; done
call POST "/repair-orders/$O2/final-inspection" "$INSPECTOR" '{"jobChecks":[{"jobNumber":1,"passed":true},{"jobNumber":2,"passed":true,"remark":"冷启动无异响"},{"jobNumber":3,"passed":true},{"jobNumber":4,"passed":true,"remark":"定位数据在标准范围内"},{"jobNumber":5,"passed":true}],"steeringOk":true,"brakesOk":true,"connectionsTight":true,"accessoriesComplete":true,"roadTestRequired":true,"roadTestPassed":true,"remarks":"路试5km，无异响，制动正常","completionCertificateNumber":"JG-2026-001234","odometerKm":45236}' >/dev/null
DUE=$(call GET "/repair-orders/$O2" "$ADVISOR" | jq '.totals.total - 50')
call POST "/repair-orders/$O2/handover" "$ADVISOR" "$(jq -n --argjson due "$DUE" --arg sig "$(signature 4)" '{discount:50, amountPaid:$due, paymentMethod:"微信", acceptedBy:"张伟",
  accessories:[{name:"备胎",count:1},{name:"千斤顶",count:1},{name:"脚垫",count:4},{name:"行车记录仪",count:1}], acceptanceSignaturePng:$sig}')" >/dev/null

download() { curl -sf "$BASE$1" -H "Authorization: Bearer $ADVISOR" -o "$PDFS/$2.pdf"; }
download "/repair-orders/$O2/documents/work-order.pdf" work-order
download "/repair-orders/$O2/documents/estimate-1.pdf" estimate
download "/repair-orders/$O2/documents/estimate-2.pdf" supplementary-estimate
download "/repair-orders/$O2/documents/settlement.pdf" settlement
download "/repair-orders/$O2/documents/completion-certificate.pdf" completion-certificate
download "/vehicles/$VEHICLE/documents/repair-archive.pdf" repair-archive

for name in work-order estimate supplementary-estimate settlement completion-certificate repair-archive; do
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$PDFS/$name.pdf" "$OUT/$name"
  echo "$name: $(pdfinfo "$PDFS/$name.pdf" | awk '/^Pages/ {print $2}') page(s) -> $OUT/$name.png"
done
# The work order's last page of the customer copy (the first half of the file): terms, hash and the two signatures.
LAST=$(( $(pdfinfo "$PDFS/work-order.pdf" | awk '/^Pages/ {print $2}') / 2 ))
pdftoppm -png -r 70 -f "$LAST" -l "$LAST" -singlefile "$PDFS/work-order.pdf" "$OUT/work-order-signatures"
