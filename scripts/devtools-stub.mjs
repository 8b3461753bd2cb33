// Stand-in for react-devtools-core: the tutorial never connects to React DevTools.
export default { initialize() {}, connectToDevTools() {} };
