// What webpack writes into dist/ after every build (webpack.config.js) and `npm start` reads (scripts/serve.ts):
// when the build ran, in which mode, for which add-in URL, with which office.js.
const BUILD_INFO_FILE = "build-info.json";

module.exports = { BUILD_INFO_FILE };
