// The minimal Probot app the intake benchmark compares against: it receives pull_request
// events (Probot verifies the signature and parses the payload) and does nothing else.
module.exports = (app) => {
  app.on("pull_request", async () => {});
};
