//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var string = ""
        self.render(context: context, into: &string)
        return string
    }

    /// Render template, appending to `string` (sitegen patch: no intermediate string per token).
    func render(context: MustacheContext, into string: inout String) {
        var context = context

        if let indentation = context.indentation, indentation != "" {
            // Indentation is decided on this template's own output, as upstream does.
            var local = ""
            for token in tokens {
                let renderedString = self.renderToken(token, context: &context)
                // if rendered string is not empty and we are on a new line
                if renderedString.count > 0, local.last == "\n" {
                    local += indentation
                }
                local += renderedString
            }
            string += local
        } else {
            for token in tokens {
                self.renderToken(token, context: &context, into: &string)
            }
        }
    }

    func renderToken(_ token: Token, context: inout MustacheContext) -> String {
        var string = ""
        self.renderToken(token, context: &context, into: &string)
        return string
    }

    func renderToken(_ token: Token, context: inout MustacheContext, into string: inout String) {
        switch token {
        case .text(let text):
            string += text

        case .variable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // sitegen patch: strings, the common case, skip the protocol casts below.
                if let text = child as? String {
                    string += context.contentType.escapeText(text)
                } else if let template = child as? MustacheTemplate {
                    template.render(context: context, into: &string)
                } else if let renderable = child as? MustacheCustomRenderable {
                    string += context.contentType.escapeText(renderable.renderText)
                } else if let lambda = child as? MustacheLambda {
                    string += self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    string += context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                if let text = child as? String {
                    string += text
                } else if let renderable = child as? MustacheCustomRenderable {
                    string += renderable.renderText
                } else if let lambda = child as? MustacheLambda {
                    string += self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    string += String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            if let child, type(of: child) == MustacheLambda.self, let lambda = child as? MustacheLambda {
                string += self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
                return
            }
            self.renderSection(child, with: template, context: context, into: &string)

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(child, with: template, context: context, into: &string)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            if let override = context.inherited?[name] {
                override.render(context: context.withBlockExpansion(indented: indented), into: &string)
            } else {
                defaultTemplate.render(context: context.withBlockExpansion(indented: indented), into: &string)
            }

        case .partial(let name, let indentation, let overrides):
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            string += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        string += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &string)
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: name, transforms: [], context: context)
            guard let childName = child as? String else {
                return
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            string += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        string += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &string)
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        var string = ""
        self.renderSection(child, with: template, context: context, into: &string)
        return string
    }

    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into string: inout String) {
        // sitegen patch: the value types a context is made of are told apart by their exact type
        // first; each `as` to a protocol below is a lookup in the runtime's conformance cache.
        if let child {
            switch ContextValueKind(child) {
            case .bool(let bool):
                if bool { template.render(context: context, into: &string) }
                return
            case .sequence(let sequence, _):
                sequence.renderSection(with: template, context: context, into: &string)
                return
            case .dictionary, .string, .integer:
                template.render(context: context.withObject(child), into: &string)
                return
            case .other:
                break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderSection(with: template, context: context, into: &string)
        case let bool as Bool:
            if bool { template.render(context: context, into: &string) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            break
        case .some(let value):
            template.render(context: context.withObject(value), into: &string)
        case .none:
            break
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        var string = ""
        self.renderInvertedSection(child, with: template, context: context, into: &string)
        return string
    }

    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into string: inout String) {
        if let child {
            switch ContextValueKind(child) {
            case .bool(let bool):
                if !bool { template.render(context: context, into: &string) }
                return
            case .sequence(let sequence, let isEmpty):
                if isEmpty { template.render(context: context.withObject(sequence), into: &string) }
                return
            case .dictionary, .string, .integer:
                return
            case .other:
                break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            string += array.renderInvertedSection(with: template, context: context)
        case let bool as Bool:
            if !bool { template.render(context: context, into: &string) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            template.render(context: context, into: &string)
        case .some:
            break
        case .none:
            template.render(context: context, into: &string)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Get child object from variable name
    func getChild(named name: String, transforms: [String], context: MustacheContext) -> Any? {
        func _getImmediateChild(named name: Substring, from object: Any) -> Any? {
            // sitegen patch: dictionaries and plain values are recognised by their exact type
            // before the protocol casts (a string, number or flag has no named children).
            switch ContextValueKind(object) {
            case .dictionary(let dictionary):
                return dictionary[String(name)]
            case .string, .bool, .integer, .sequence:
                return nil
            case .other:
                break
            }
            let object: Any? =
                if let custom = object as? MustacheCustomRepresentation {
                    custom.representation
                } else {
                    object
                }
            if let customBox = object as? MustacheParent {
                return customBox.child(named: String(name))
            } else if let object {
                let mirror = Mirror(reflecting: object)
                return mirror.getValue(forKey: String(name))
            } else {
                return nil
            }
        }

        func _getChild(named names: NameComponents, from object: Any) -> Any? {
            var names = names
            guard let name = names.next() else { return object }
            var object = object
            if type(of: object) == MustacheLambda.self, let lambda = object as? MustacheLambda {
                guard let result = lambda("") else { return nil }
                object = result
            }
            guard let childObject = _getImmediateChild(named: name, from: object) else { return nil }
            return _getChild(named: names, from: childObject)
        }

        func _getChildInStack(named names: NameComponents, from stack: [Any]) -> Any? {
            var names = names
            guard let name = names.next() else { return stack.last }
            for object in stack.reversed() {
                if let childObject = _getImmediateChild(named: name, from: object) {
                    return _getChild(named: names, from: childObject)
                }
            }
            return nil
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        var child: Any?
        if name == "." {
            child = context.stack.last!
        } else if name == "", !transforms.isEmpty {
            child = context.sequenceContext
        } else if name.first == "." {
            child = _getChild(named: NameComponents(name), from: context.stack.last!)
        } else {
            child = _getChildInStack(named: NameComponents(name), from: context.stack)
        }

        if let found = child, case .other = ContextValueKind(found), let custom = found as? MustacheCustomRepresentation {
            child = custom.representation
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return child
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
