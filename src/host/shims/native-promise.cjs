// The SDK bundles a Promise polyfill for browsers without one; every browser Zendesk supports has Promise.
module.exports = Promise;
