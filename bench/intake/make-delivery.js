// Writes the benchmark's delivery: a real pull_request payload (action "closed": a valid
// event that needs no follow-up work from either server) and its X-Hub-Signature-256.
const fs = require("fs");
const crypto = require("crypto");
const [src, out, secret] = process.argv.slice(2);
const payload = JSON.parse(fs.readFileSync(src, "utf8"));
payload.action = "closed";
payload.installation = { id: 4242, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI0Mg==" };
const body = JSON.stringify(payload);
fs.writeFileSync(out + "/body.json", body);
const sig = "sha256=" + crypto.createHmac("sha256", secret).update(body).digest("hex");
fs.writeFileSync(out + "/signature", sig);
